/**
 * Static checks of what the widget ships, against the oldest engines its readers have (Chromium
 * 80, Safari 14, Firefox 78): the syntax must be ES2020, and no API newer than those engines may
 * be called unless the call is one of the known guarded ones below.
 */
import { Parser, type Node } from 'acorn';
import { simple } from 'acorn-walk';

/** A parse error as `file:line:column message`, or null when `code` is ES2020. */
export function es2020SyntaxError(file: string, code: string): string | null {
  try {
    Parser.parse(code, { ecmaVersion: 2020, sourceType: 'module' });
    return null;
  } catch (error) {
    const { loc, message } = error as SyntaxError & { loc?: { line: number; column: number }; pos?: number };
    const pos = (error as { pos?: number }).pos ?? 0;
    const near = code.slice(Math.max(0, pos - 30), pos + 30).replace(/\s+/g, ' ');
    return `${file}:${loc?.line ?? '?'}:${(loc?.column ?? 0) + 1} is not ES2020: ${message} near «${near}»`;
  }
}

/**
 * Methods and globals missing from at least one engine at the floor, with the first version of
 * Chromium that has them (Safari and Firefox are older still or as old for each).
 */
export const NEWER_METHODS: Record<string, string> = {
  at: 'Chromium 92',
  findLast: 'Chromium 97',
  findLastIndex: 'Chromium 97',
  hasOwn: 'Chromium 93',
  replaceAll: 'Chromium 85',
  toSorted: 'Chromium 110',
  toReversed: 'Chromium 110',
  toSpliced: 'Chromium 110',
  groupBy: 'Chromium 117',
  withResolvers: 'Chromium 119',
  fromAsync: 'Chromium 121',
  randomUUID: 'Chromium 92',
  replaceChildren: 'Chromium 86',
  checkVisibility: 'Chromium 105',
  isWellFormed: 'Chromium 111',
  toWellFormed: 'Chromium 111',
  any: 'Chromium 85 (Promise.any; AbortSignal.any 116)',
  timeout: 'Chromium 103 (AbortSignal.timeout)',
  attachInternals: 'Safari 16.4',
  showPopover: 'Chromium 114',
  adoptedStyleSheets: 'Safari 16.4, Firefox 101',
  replaceSync: 'Safari 16.4, Firefox 101',
};

export const NEWER_GLOBALS: Record<string, string> = {
  structuredClone: 'Chromium 98',
  requestIdleCallback: 'Safari has none',
  AggregateError: 'Chromium 85',
  WeakRef: 'Chromium 84',
  FinalizationRegistry: 'Chromium 84',
  ElementInternals: 'Safari 16.4',
};

/** A newer API the bundle may call because it is feature-tested first: why, and the test itself. */
export interface Guard {
  reason: string;
  /** The feature test, as it reads in the shipped file (quoted names may be minified to any quotes). */
  test: RegExp;
}

/**
 * Calls the bundle may make because they are feature-tested first, each allowed only in a file
 * that has the feature test. Lit adopts constructable stylesheets only where `adoptedStyleSheets`
 * and `CSSStyleSheet.replace` exist (Safari 16.4, Firefox 101) and writes <style> elements
 * elsewhere; the widget loads its engine at idle only where `requestIdleCallback` exists (not on
 * Safari) and after a timeout elsewhere. The engines' floor test removes all three on current
 * Chromium and runs the widget.
 */
export const GUARDED: Record<string, Guard> = {
  adoptedStyleSheets: {
    reason: "Lit: used only when 'adoptedStyleSheets' in Document.prototype",
    test: /[`'"]adoptedStyleSheets[`'"]\s*in\s*Document\.prototype/,
  },
  replaceSync: { reason: "Lit: used only when 'replace' in CSSStyleSheet.prototype", test: /[`'"]replace[`'"]\s*in\s*CSSStyleSheet\.prototype/ },
  requestIdleCallback: {
    reason: "widget/controllers/engine-controller.ts: used only when 'requestIdleCallback' in window, else setTimeout",
    test: /[`'"]requestIdleCallback[`'"]\s*in\s*window/,
  },
};

/**
 * Each use of a newer API in `code` as `file:line:column name (since …)`, but those `allowed`
 * whose feature test is in the same file.
 */
export function newerApiUses(file: string, code: string, allowed: Record<string, Guard> = GUARDED): string[] {
  const ast = Parser.parse(code, { ecmaVersion: 'latest', sourceType: 'module', locations: true });
  const guarded = new Set(
    Object.entries(allowed)
      .filter(([, guard]) => guard.test.test(code))
      .map(([name]) => name),
  );
  const uses: string[] = [];
  const report = (node: Node, name: string, since: string) =>
    !guarded.has(name) && uses.push(`${file}:${node.loc!.start.line}:${node.loc!.start.column + 1} ${name} (${since})`);
  simple(ast, {
    MemberExpression(node) {
      const property = node.property;
      const name = node.computed ? (property.type === 'Literal' ? String(property.value) : null) : property.type === 'Identifier' ? property.name : null;
      // Own keys only: every name would otherwise find `constructor` and `hasOwnProperty` on the prototype.
      if (name && Object.hasOwn(NEWER_METHODS, name)) report(node, name, NEWER_METHODS[name]!);
    },
    Identifier(node) {
      if (Object.hasOwn(NEWER_GLOBALS, node.name)) report(node, node.name, NEWER_GLOBALS[node.name]!);
    },
  });
  return uses;
}

/** Each place `code` names the API's path (`/api/`), as `file:line:column «context»`: the widget must never call the Worker. */
export function apiReferences(file: string, code: string): string[] {
  const found: string[] = [];
  const lines = code.split('\n');
  lines.forEach((line, index) => {
    for (let column = line.indexOf('/api/'); column >= 0; column = line.indexOf('/api/', column + 1)) {
      found.push(`${file}:${index + 1}:${column + 1} «${line.slice(Math.max(0, column - 30), column + 30)}»`);
    }
  });
  return found;
}

/**
 * What a bundler left for itself to resolve, which no browser can: `import.meta` used for more
 * than its `url` (Vite turns `new URL(\`x/${y}\`, import.meta.url)` into an `import.meta.glob`
 * lookup unless told `@vite-ignore`), as `file:line:column import.meta.name`.
 */
export function bundlerLeftovers(file: string, code: string): string[] {
  const ast = Parser.parse(code, { ecmaVersion: 'latest', sourceType: 'module', locations: true });
  const found: string[] = [];
  simple(ast, {
    MemberExpression(node) {
      if (node.object.type !== 'MetaProperty') return;
      const name = node.property.type === 'Identifier' ? node.property.name : '?';
      if (name !== 'url') found.push(`${file}:${node.loc!.start.line}:${node.loc!.start.column + 1} import.meta.${name}`);
    },
  });
  return found;
}

/** Each dynamic `import()` in `code`, as `file:line:column`: the standalone file must have none. */
export function dynamicImports(file: string, code: string): string[] {
  const ast = Parser.parse(code, { ecmaVersion: 'latest', sourceType: 'module', locations: true });
  const found: string[] = [];
  simple(ast, {
    ImportExpression(node) {
      found.push(`${file}:${node.loc!.start.line}:${node.loc!.start.column + 1}`);
    },
  });
  return found;
}

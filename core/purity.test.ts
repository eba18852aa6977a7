import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseSync } from 'vite';
import { describe, expect, it } from 'vitest';

// core runs in the Worker and in the widget's browser chunk: it may import only itself.
const dir = new URL('.', import.meta.url).pathname;
const sources = readdirSync(dir).filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts') && !file.endsWith('.d.ts'));

interface AstNode {
  type?: string;
  [key: string]: unknown;
}

/**
 * Every module a file refers to, from its syntax tree (Vite's parser, oxc): static imports and
 * re-exports in any quoting, type-only ones, `import()` and `import('…').T` types, and `require(…)`.
 * A specifier that is not a plain string (`import(name)`, a template with expressions) is listed
 * as `<computed>`, which no rule accepts.
 */
export function moduleReferences(fileName: string, text: string): string[] {
  const { program, errors } = parseSync(fileName, text);
  if (errors.length > 0) throw new Error(`${fileName} does not parse: ${errors[0]?.message}`);
  const found: string[] = [];
  const specifier = (node: unknown): string => {
    const literal = node as { type?: string; value?: unknown; expressions?: unknown[]; quasis?: { value: { cooked: string } }[] } | null;
    if (literal?.type === 'Literal' && typeof literal.value === 'string') return literal.value;
    if (literal?.type === 'TemplateLiteral' && literal.expressions?.length === 0) return literal.quasis?.[0]?.value.cooked ?? '<computed>';
    return '<computed>';
  };
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (node === null || typeof node !== 'object') return;
    const n = node as AstNode;
    switch (n.type) {
      case 'ImportDeclaration':
      case 'ExportAllDeclaration':
      case 'ImportExpression':
      case 'TSImportType':
        found.push(specifier(n.source));
        break;
      case 'ExportNamedDeclaration':
        if (n.source) found.push(specifier(n.source));
        break;
      case 'CallExpression': {
        const callee = n.callee as AstNode | undefined;
        if (callee?.type === 'Identifier' && callee.name === 'require') found.push(specifier((n.arguments as unknown[])[0]));
        break;
      }
    }
    for (const [key, value] of Object.entries(n)) if (key !== 'parent') visit(value);
  };
  visit(program);
  return found;
}

describe('core runtime code', () => {
  it.each(sources)('%s imports only core modules and uses no Node globals', (file) => {
    const text = readFileSync(join(dir, file), 'utf8');
    for (const reference of moduleReferences(file, text)) expect(reference, `${file} imports ${reference}`).toMatch(/^\.\/[a-z-]+$/);
    expect(text).not.toMatch(/\b(process|Buffer|require|__dirname)\b[.(]/);
  });

  it('found the sources', () => {
    expect(sources).toContain('index.ts');
    expect(sources.length).toBeGreaterThan(10);
  });
});

describe('moduleReferences', () => {
  it('sees every import form', () => {
    const text = [
      `import a from "./double";`,
      `import './side-effect';`,
      `import type { T } from './type-only';`,
      `export { b } from './re-export';`,
      `export * from "./star";`,
      `export * as ns from './namespace';`,
      'const lazy = import(`./template`);',
      `const dynamic = import('node:fs');`,
      `const computed = import(name);`,
      `const legacy = require('fs');`,
      `type Q = import('./type-import').Z;`,
      `export const local = 1;`,
    ].join('\n');
    expect(moduleReferences('sample.ts', text)).toEqual([
      './double',
      './side-effect',
      './type-only',
      './re-export',
      './star',
      './namespace',
      './template',
      'node:fs',
      '<computed>',
      'fs',
      './type-import',
    ]);
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { es2020SyntaxError, GUARDED, newerApiUses } from './shipped-code';

const ROOT = resolve(import.meta.dirname, '../..');
// Built by the project's global setup (npm run build when dist/ is stale).
const WIDGET_DIR = join(ROOT, 'dist/site/widget');

function jsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? jsFiles(join(dir, entry.name)) : entry.name.endsWith('.js') ? [join(dir, entry.name)] : [],
  );
}

const files = jsFiles(WIDGET_DIR).map((path) => ({ name: relative(ROOT, path), code: readFileSync(path, 'utf8') }));

describe('every .js under dist/site/widget', () => {
  it('is there: the API-mode entry, its alias, the lazy chunks and the standalone file', () => {
    const names = files.map((file) => file.name);
    expect(names).toContain('dist/site/widget/cluster-list.js');
    expect(names).toContain('dist/site/widget/cluster-list.standalone.js');
    expect(names.some((name) => /^dist\/site\/widget\/cluster-list\.(?!standalone\.)[^.]+\.js$/.test(name))).toBe(true);
    expect(names.some((name) => name.startsWith('dist/site/widget/chunks/'))).toBe(true);
  });

  it.each(files)('$name parses as ES2020', ({ name, code }) => {
    expect(es2020SyntaxError(name, code)).toBeNull();
  });

  it.each(files)('$name calls no API newer than Chromium 80, Safari 14 and Firefox 78 without a guard', ({ name, code }) => {
    expect(newerApiUses(name, code)).toEqual([]);
  });
});

describe('the checks themselves', () => {
  it('name the file, line and column of newer syntax', () => {
    expect(es2020SyntaxError('x.js', 'let a = 1;\nfunction f(o) { o.v ??= a; }')).toMatch(/^x\.js:2:\d+ is not ES2020: .* near «.*\?\?=.*»$/);
    expect(es2020SyntaxError('x.js', 'class A { static { } }')).toMatch(/^x\.js:1:/);
    expect(es2020SyntaxError('x.js', 'class A { #p = 1 }')).toMatch(/^x\.js:1:/);
    expect(es2020SyntaxError('x.js', 'export const a = b?.c ?? 1n;')).toBeNull();
  });

  it('find newer APIs, also through a computed name, and leave Lit’s guarded ones', () => {
    expect(newerApiUses('x.js', 'const l = r.at(-1);\nconst c = structuredClone(l);\ns["replaceAll"]("a", "b");')).toEqual([
      'x.js:1:11 at (Chromium 92)',
      'x.js:2:11 structuredClone (Chromium 98)',
      'x.js:3:1 replaceAll (Chromium 85)',
    ]);
    const lit = 'if (ok) root.adoptedStyleSheets = [sheet]; else sheet.replaceSync(css); a.replace(/x/g, "");';
    expect(newerApiUses('x.js', lit)).toEqual([]);
    expect(newerApiUses('x.js', lit, {})).toEqual(['x.js:1:9 adoptedStyleSheets (Safari 16.4, Firefox 101)', 'x.js:1:49 replaceSync (Safari 16.4, Firefox 101)']);
    expect(Object.keys(GUARDED)).toEqual(['adoptedStyleSheets', 'replaceSync']);
  });
});

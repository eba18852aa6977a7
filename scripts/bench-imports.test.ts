import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// The bench and the tests share helpers through scripts/ (browsers, site build); the bench
// importing from test/ would make a test refactor break `npm run bench`.
const ROOT = resolve(import.meta.dirname, '..');
const BENCH = join(ROOT, 'bench');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.(ts|js|mjs)$/.test(entry.name) ? [path] : [];
  });
}

/** Every module specifier of a file: static and dynamic imports and re-exports, either quote. */
function specifiersOf(text: string): string[] {
  return [...text.matchAll(/\b(?:from|import)\s*\(?\s*(['"`])([^'"`]+)\1/g)].map((match) => match[2] ?? '');
}

describe('bench/', () => {
  const files = sources(BENCH);

  it.each(files.map((file) => relative(ROOT, file)))('%s imports nothing from test/', (file) => {
    const path = join(ROOT, file);
    for (const specifier of specifiersOf(readFileSync(path, 'utf8'))) {
      if (!specifier.startsWith('.')) continue;
      const target = relative(ROOT, resolve(path, '..', specifier));
      expect(target.startsWith('test/') || target === 'test', `${file} imports ${specifier}`).toBe(false);
    }
  });

  it('the specifier scan sees every import form', () => {
    const text = `import a from '../test/a';\nexport { b } from "../test/b";\nconst c = await import('../test/c');`;
    expect(specifiersOf(text)).toEqual(['../test/a', '../test/b', '../test/c']);
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { moduleReferences } from '../test/fixtures/module-references';

// core runs in the Worker and in the widget's browser chunk: it may import only itself.
const dir = new URL('.', import.meta.url).pathname;
const sources = readdirSync(dir).filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts') && !file.endsWith('.d.ts'));

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

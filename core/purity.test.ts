import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// core runs in the Worker and in the widget's browser chunk: it may import only itself.
const dir = new URL('.', import.meta.url).pathname;
const sources = readdirSync(dir).filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts') && !file.endsWith('.d.ts'));

describe('core runtime code', () => {
  it.each(sources)('%s imports only core modules and uses no Node globals', (file) => {
    const text = readFileSync(join(dir, file), 'utf8');
    const specifiers = [...text.matchAll(/\bfrom\s+'([^']+)'|\bimport\(\s*'([^']+)'\s*\)/g)].map((m) => m[1] ?? m[2]);
    for (const specifier of specifiers) expect(specifier, `${file} imports ${specifier}`).toMatch(/^\.\/[a-z-]+$/);
    expect(text).not.toMatch(/\b(process|Buffer|require|__dirname)\b[.(]/);
  });

  it('found the sources', () => {
    expect(sources).toContain('index.ts');
    expect(sources.length).toBeGreaterThan(10);
  });
});

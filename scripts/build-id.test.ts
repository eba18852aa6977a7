import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BUILD_ID_FILE, buildInputs, computeBuildId, writeBuildId } from './build-id';

let root: string;

function put(file: string, text: string): void {
  mkdirSync(dirname(join(root, file)), { recursive: true });
  writeFileSync(join(root, file), text);
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'build-id-'));
  put('core/query.ts', 'export const a = 1;\n');
  put('core/query.test.ts', 'test\n');
  put('core/README.md', '# core\n');
  put('worker/index.ts', 'export default {};\n');
  put('worker/openapi/openapi.json', '{}\n');
  put('package-lock.json', '{"lockfileVersion":3}\n');
  put('wrangler.toml', 'compatibility_date = "2026-11-01"\n');
  put('widget/element.ts', 'export {};\n');
});

afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('build id', () => {
  it('covers the code that makes answers, its locked dependencies and the runtime settings, not tests or docs', () => {
    expect(buildInputs(root)).toEqual(['core/query.ts', 'package-lock.json', 'worker/index.ts', 'worker/openapi/openapi.json', 'wrangler.toml']);
  });

  it('is 12 hex digits, stable, and changes with any byte of those files', () => {
    const id = computeBuildId(root);
    expect(id).toMatch(/^[0-9a-f]{12}$/);
    expect(computeBuildId(root)).toBe(id);
    put('core/query.ts', 'export const a = 2;\n');
    const changed = computeBuildId(root);
    expect(changed).not.toBe(id);
    put('package-lock.json', '{"lockfileVersion":3,"x":1}\n');
    expect(computeBuildId(root)).not.toBe(changed);
  });

  it('ignores tests, docs, the widget and its own output', () => {
    const id = computeBuildId(root);
    put('core/query.test.ts', 'changed\n');
    put('core/README.md', 'changed\n');
    put('widget/element.ts', 'changed\n');
    writeBuildId(root);
    expect(computeBuildId(root)).toBe(id);
  });

  it('writes a module exporting the id, and leaves it untouched when the id did not change', () => {
    const id = writeBuildId(root);
    const file = join(root, BUILD_ID_FILE);
    expect(readFileSync(file, 'utf8')).toContain(`export const BUILD_ID = '${id}';`);
    // An old mtime that a rewrite would replace: wrangler dev's watcher must not see a change.
    utimesSync(file, 1_000_000, 1_000_000);
    expect(writeBuildId(root)).toBe(id);
    expect(statSync(file).mtimeMs).toBe(1_000_000_000);
  });
});

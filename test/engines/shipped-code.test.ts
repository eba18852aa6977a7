import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { firstViewPath, isFirstView, snapshotPath } from '../../core/first-view';
import { provinceKey } from '../../core/province-key';
import { PROVINCES } from '../../core/provinces';
import { apiReferences, bundlerLeftovers, dynamicImports, es2020SyntaxError, GUARDED, newerApiUses } from './shipped-code';

const ROOT = resolve(import.meta.dirname, '../..');
// Built by the project's global setup (npm run build when dist/ is stale).
const WIDGET_DIR = join(ROOT, 'dist/site/widget');

function allFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? allFiles(join(dir, entry.name)) : [join(dir, entry.name)]));
}

/** Every shipped widget file by its path in the widget folder (`chunks/engine.x.js`), with its text. */
const shipped = allFiles(WIDGET_DIR).map((path) => ({ name: relative(WIDGET_DIR, path), code: readFileSync(path, 'utf8') }));
const files = shipped.filter((file) => file.name.endsWith('.js'));
const names = shipped.map((file) => file.name);
const textOf = (name: string) => shipped.find((file) => file.name === name)?.code ?? '';
const ENGINE = /^chunks\/engine\.[\w-]+\.js$/;

describe('the widget folder, dist/site/widget', () => {
  it('has the entry, its hashed twin, the standalone file, the engine chunk and the English messages', () => {
    expect(names).toContain('cluster-list.js');
    expect(names).toContain('cluster-list.standalone.js');
    const hashed = names.filter((name) => /^cluster-list\.(?!standalone\.)[\w-]+\.js$/.test(name));
    expect(hashed).toHaveLength(1);
    expect(textOf(hashed[0]!)).toBe(textOf('cluster-list.js'));
    expect(names.filter((name) => ENGINE.test(name))).toHaveLength(1);
    expect(names.filter((name) => /^chunks\/messages-en\.[\w-]+\.js$/.test(name))).toHaveLength(1);
  });

  it('the entry loads the engine chunk that is there, relative to itself; the standalone file loads no chunk', () => {
    const engine = names.find((name) => ENGINE.test(name))!;
    const named = textOf('cluster-list.js').match(/chunks\/engine\.[\w-]+\.js/g) ?? [];
    expect(new Set(named)).toEqual(new Set([engine]));
    for (const name of textOf('cluster-list.js').match(/chunks\/[\w.-]+\.js/g) ?? []) expect(names).toContain(name);
    expect(textOf('cluster-list.standalone.js')).not.toMatch(/chunks\//);
  });

  it('the standalone file is whole: its engine and English messages bundled in, no import() at all', () => {
    expect(dynamicImports('cluster-list.standalone.js', textOf('cluster-list.standalone.js'))).toEqual([]);
    // The engine's check of a snapshot's shape (its `builtAt`), which the embed's entry leaves to the chunk.
    expect(textOf('cluster-list.standalone.js')).toContain('builtAt');
    expect(textOf('cluster-list.js')).not.toContain('builtAt');
    expect(dynamicImports('cluster-list.js', textOf('cluster-list.js')).length).toBeGreaterThan(0);
  });

  it('has a first-view file for the whole list and each province (under its name, short name and codes), in every year and each; all of the snapshot beside them', () => {
    const snapshot = JSON.parse(textOf('clusters.json')) as { version: string; records: { province: string; year: number }[] };
    const years = [...new Set(snapshot.records.map((record) => record.year))].sort();
    expect(years.length).toBeGreaterThan(0);
    const count = (province: string | null, year: number | null) =>
      snapshot.records.filter((record) => (province === null || record.province === province) && (year === null || record.year === year)).length;
    const expected = [null, ...years].flatMap((year) => [
      { path: firstViewPath(null, year), total: count(null, year) },
      ...PROVINCES.flatMap((province) =>
        [province.name, province.shortName, province.code, province.code.slice(0, 2)].map((spelling) => ({
          path: firstViewPath(provinceKey(spelling), year),
          total: count(province.name, year),
        })),
      ),
    ]);
    for (const { path, total } of expected) {
      expect(names, path).toContain(`data/${path}`);
      expect((JSON.parse(textOf(`data/${path}`)) as { total: number }).total, path).toBe(total);
    }
    const views = names.filter((name) => name.startsWith('data/views/'));
    expect(views.length).toBeGreaterThanOrEqual(new Set(expected.map((view) => view.path)).size);
    for (const path of views) {
      const view: unknown = JSON.parse(textOf(path));
      expect(isFirstView(view), path).toBe(true);
      if (!isFirstView(view)) continue;
      expect(view.version, path).toBe(snapshot.version);
      expect(view.snapshot, path).toBe(snapshotPath(snapshot.version));
    }
    expect(names.filter((name) => name.startsWith('data/snapshots/'))).toEqual([`data/${snapshotPath(snapshot.version)}`]);
    expect(JSON.parse(textOf(`data/${snapshotPath(snapshot.version)}`))).toEqual(snapshot);
    expect(snapshot.records).toHaveLength(300);
  });
});

describe('no shipped widget file names the API (/api/): the widget never calls the Worker', () => {
  it.each(files)('$name', ({ name, code }) => {
    expect(apiReferences(name, code)).toEqual([]);
  });

  it('nor any of its data files', () => {
    const data = shipped.filter((file) => !file.name.endsWith('.js'));
    expect(data.length).toBeGreaterThan(100);
    expect(data.flatMap(({ name, code }) => apiReferences(name, code))).toEqual([]);
  });
});

describe('every .js under dist/site/widget', () => {
  it.each(files)('$name parses as ES2020', ({ name, code }) => {
    expect(es2020SyntaxError(name, code)).toBeNull();
  });

  it.each(files)('$name leaves nothing for a bundler to resolve (import.meta is only its url)', ({ name, code }) => {
    expect(bundlerLeftovers(name, code)).toEqual([]);
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

  it('find newer APIs, also through a computed name, and leave the guarded ones only where their feature test is', () => {
    expect(newerApiUses('x.js', 'const l = r.at(-1);\nconst c = structuredClone(l);\ns["replaceAll"]("a", "b");')).toEqual([
      'x.js:1:11 at (Chromium 92)',
      'x.js:2:11 structuredClone (Chromium 98)',
      'x.js:3:1 replaceAll (Chromium 85)',
    ]);
    const lit =
      'const ok = "adoptedStyleSheets" in Document.prototype && `replace` in CSSStyleSheet.prototype;\nif (ok) root.adoptedStyleSheets = [sheet]; else sheet.replaceSync(css); a.replace(/x/g, "");';
    expect(newerApiUses('x.js', lit)).toEqual([]);
    expect(newerApiUses('x.js', lit, {})).toEqual([
      'x.js:2:9 adoptedStyleSheets (Safari 16.4, Firefox 101)',
      'x.js:2:49 replaceSync (Safari 16.4, Firefox 101)',
    ]);
    const unguarded = 'root.adoptedStyleSheets = [sheet]; sheet.replaceSync(css);';
    expect(newerApiUses('x.js', unguarded)).toEqual([
      'x.js:1:1 adoptedStyleSheets (Safari 16.4, Firefox 101)',
      'x.js:1:36 replaceSync (Safari 16.4, Firefox 101)',
    ]);
    expect(newerApiUses('x.js', "function w(f) { 'requestIdleCallback' in window ? requestIdleCallback(f) : setTimeout(f, 200); }")).toEqual([]);
    expect(newerApiUses('x.js', 'requestIdleCallback(f);')).toEqual(['x.js:1:1 requestIdleCallback (Safari has none)']);
    expect(Object.keys(GUARDED)).toEqual(['adoptedStyleSheets', 'replaceSync', 'requestIdleCallback']);
  });

  it('find import.meta beyond its url, and dynamic imports', () => {
    const vite = 'const u = new URL(import.meta.glob(`data/*`)[`data/${p}`], import.meta.url);';
    expect(bundlerLeftovers('x.js', vite)).toEqual(['x.js:1:19 import.meta.glob']);
    expect(bundlerLeftovers('x.js', 'const u = new URL(`data/${p}`, import.meta.url);')).toEqual([]);
    expect(dynamicImports('x.js', 'a;\nconst m = await import(u);')).toEqual(['x.js:2:17']);
  });

  it('find the API path with its place', () => {
    expect(apiReferences('x.js', 'a;\nfetch(o + "/api/v1/clusters")')).toEqual(['x.js:2:12 «fetch(o + "/api/v1/clusters")»']);
    expect(apiReferences('x.js', 'new URL("data/views/all.json", import.meta.url)')).toEqual([]);
  });
});

import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** Sizes of one JavaScript file, in bytes. */
export interface FileSize {
  file: string;
  raw: number;
  gzip: number;
  /** gzip after re-minifying with esbuild: shows whether the shipped file is already minified. */
  minGzip: number;
  brotli: number;
}

/** The widget's size report. */
export interface WidgetSize {
  entry: FileSize;
  /** Files the entry imports statically: they load before the first rows and count against the budget. */
  staticImports: FileSize[];
  /** Files reached only by dynamic import, after the first rows: the engine chunk, English. */
  lazyChunks: FileSize[];
  /** Other JavaScript shipped beside the widget that an embed never loads (e.g. the standalone build). */
  otherFiles: FileSize[];
  /** gzip bytes of the code that loads before the first rows (entry + static imports), as shipped: the goal. */
  firstPaintGzip: number;
  /** The same in brotli -q 11. */
  firstPaintBrotli: number;
  /** The lazily loaded engine chunk (`chunks/engine.<hash>.js`), core's query code. */
  engineChunk: FileSize | null;
  /** The first view the builder's province embed reads before its first rows. */
  firstViewData: FileSize;
  /** The versioned snapshot that first view names, which the engine reads after the first rows. */
  snapshotData: FileSize;
  /** Code after a full interaction (every control used, English included): the first paint plus every lazy chunk. */
  fullInteractionGzip: number;
  fullInteractionBrotli: number;
  /** Data after a full interaction: the first view and the snapshot. */
  fullInteractionDataGzip: number;
  budgetBytes: number;
  gzipTool: string;
  /** Lit alone (LitElement, html, css, nothing), bundled and minified here, for reference. */
  litAlone: FileSize | null;
}

/** What loads before the first rows of the builder's province embed may weigh: 14 KiB gzip -9, Lit included (issue 17). */
export const WIDGET_BUDGET_BYTES = 14_336;

/** The engine chunk, core's query code, loaded after the first rows. */
const ENGINE_CHUNK = /(^|\/)chunks\/engine\./;

interface Esbuild {
  transformSync(code: string, options: Record<string, unknown>): { code: string };
  buildSync(options: Record<string, unknown>): { outputFiles: { text: string }[] };
}

// esbuild comes with wrangler (which pins it), so resolve it from there rather than rely on hoisting.
const require = createRequire(import.meta.url);
const esbuild = createRequire(require.resolve('wrangler/package.json'))('esbuild') as Esbuild;

// GNU gzip -9 is the usual reference for "min+gzip" (and what `npm run build` prints); Node's
// zlib compresses this kind of code about 2 % worse, so it is only the fallback.
function gzipCli(text: string): number | undefined {
  try {
    return execFileSync('gzip', ['-9c'], { input: text, maxBuffer: 64 * 1024 * 1024 }).length;
  } catch {
    return undefined;
  }
}

/** Which compressor the gzip figures come from. */
export const GZIP_TOOL = gzipCli('probe') === undefined ? "Node's zlib, level 9 (no gzip on PATH)" : 'gzip -9';

const gzip = (text: string): number => gzipCli(text) ?? gzipSync(text, { level: 9 }).length;
const brotli = (text: string): number => brotliCompressSync(text, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

function sizeOf(file: string, code: string): FileSize {
  const minified = esbuild.transformSync(code, { minify: true, format: 'esm', loader: 'js' }).code;
  return { file, raw: Buffer.byteLength(code), gzip: gzip(code), minGzip: gzip(minified), brotli: brotli(code) };
}

/** A JSON data file's sizes (its min+gzip is the file re-serialized without whitespace). */
function dataSizeOf(file: string, text: string): FileSize {
  const compact = JSON.stringify(JSON.parse(text));
  return { file, raw: Buffer.byteLength(text), gzip: gzip(text), minGzip: gzip(compact), brotli: brotli(text) };
}

const STATIC_IMPORT = /\bimport\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+)["']|\bexport\s*(?:\*|\{[^}]*\})\s*from\s*["']([^"']+)["']/g;
// `import("./x.js")`, or a module URL built next to the entry: `new URL("./chunks/x.js", import.meta.url)`.
const DYNAMIC_IMPORT = /\bimport\(\s*["'`]([^"'`$]+)["'`]\s*\)|\bnew URL\(\s*["'`]([^"'`$]+\.m?js)["'`]\s*,\s*import\.meta\.url\s*\)/g;

function specifiers(code: string, pattern: RegExp): string[] {
  return [...code.matchAll(pattern)].map((match) => match[1] ?? match[2] ?? '').filter((specifier) => specifier.startsWith('.') || specifier.startsWith('/'));
}

function localFile(fromFile: string, specifier: string): string {
  return resolve(dirname(fromFile), specifier.split(/[?#]/)[0]!);
}

function jsFilesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.m?js$/.test(name))
    .map((name) => join(dir, name));
}

function walkStaticImports(file: string, seen: Set<string>): void {
  for (const specifier of specifiers(readFileSync(file, 'utf8'), STATIC_IMPORT)) {
    const target = localFile(file, specifier);
    if (!seen.has(target)) {
      seen.add(target);
      walkStaticImports(target, seen);
    }
  }
}

function litAlone(): FileSize | null {
  try {
    const { outputFiles } = esbuild.buildSync({
      stdin: { contents: "export { LitElement, html, css, nothing } from 'lit';", resolveDir: process.cwd(), loader: 'js' },
      bundle: true,
      minify: true,
      format: 'esm',
      write: false,
    });
    return sizeOf('lit (LitElement, html, css, nothing)', outputFiles[0]!.text);
  } catch {
    return null;
  }
}

const contentHash = (file: string): string => createHash('sha256').update(readFileSync(file)).digest('hex');

/**
 * Measures the widget as built: the entry with everything it imports statically (what loads before
 * the first rows), the lazily imported chunks separately (each once, even when a hashed twin of
 * it is shipped too), and the data files of the builder's province embed: `firstView` (relative
 * to the widget folder) and the snapshot it names.
 */
export function measureWidgetSize(widgetDir: string, firstView: string, entryName = 'cluster-list.js'): WidgetSize {
  const entryFile = join(widgetDir, entryName);
  const staticFiles = new Set<string>();
  walkStaticImports(entryFile, staticFiles);
  const loaded = new Set([entryFile, ...staticFiles]);
  const lazyFiles = new Set<string>();
  for (const file of loaded) {
    for (const specifier of specifiers(readFileSync(file, 'utf8'), DYNAMIC_IMPORT)) {
      const target = localFile(file, specifier);
      if (!loaded.has(target)) lazyFiles.add(target);
    }
  }
  // Everything else shipped in the widget folder, once per distinct content (the hashed file and
  // its stable alias are one file).
  const seenHashes = new Set([...loaded, ...lazyFiles].map(contentHash));
  const otherFiles: string[] = [];
  for (const file of jsFilesUnder(widgetDir)) {
    const hash = contentHash(file);
    if (!seenHashes.has(hash)) {
      otherFiles.push(file);
      seenHashes.add(hash);
    }
  }
  const measure = (file: string): FileSize => sizeOf(relative(widgetDir, file), readFileSync(file, 'utf8'));
  const entry = measure(entryFile);
  const staticImports = [...staticFiles].map(measure);
  const lazyChunks = [...lazyFiles].map(measure);
  const total = (sizes: FileSize[], key: 'gzip' | 'brotli') => sizes.reduce((sum, size) => sum + size[key], 0);
  const firstPaint = [entry, ...staticImports];
  const afterInteraction = [...firstPaint, ...lazyChunks];
  const viewText = readFileSync(join(widgetDir, firstView), 'utf8');
  const firstViewData = dataSizeOf(firstView, viewText);
  // The first view names its own version's snapshot, relative to the data folder.
  const snapshot = join('data', (JSON.parse(viewText) as { snapshot: string }).snapshot);
  const snapshotData = dataSizeOf(snapshot, readFileSync(join(widgetDir, snapshot), 'utf8'));
  return {
    entry,
    staticImports,
    lazyChunks,
    otherFiles: otherFiles.map(measure),
    firstPaintGzip: total(firstPaint, 'gzip'),
    firstPaintBrotli: total(firstPaint, 'brotli'),
    engineChunk: lazyChunks.find((size) => ENGINE_CHUNK.test(size.file)) ?? null,
    firstViewData,
    snapshotData,
    fullInteractionGzip: total(afterInteraction, 'gzip'),
    fullInteractionBrotli: total(afterInteraction, 'brotli'),
    fullInteractionDataGzip: firstViewData.gzip + snapshotData.gzip,
    budgetBytes: WIDGET_BUDGET_BYTES,
    gzipTool: GZIP_TOOL,
    litAlone: litAlone(),
  };
}

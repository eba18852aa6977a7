import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { styles } from '../widget/cluster-list.styles';
import { bundleWorker } from './runtime/bundle';
import { startLocalWorker } from './runtime/miniflare';
import { applyMigrations } from './runtime/seed';

/** Built site and widget, as `npm run build` writes them. */
export const SITE_DIR = resolve('dist/site');
export const WIDGET_DIR = join(SITE_DIR, 'widget');

/** Path of the bench page inside the served assets (no `.html`: assets would redirect to this). */
export const BENCH_PAGE_PATH = '/__bench/widget-speed';

/** The statement the loopback measure starts from; the shipped widget carries no bench code. */
export const SCRIPT_START_MARK = "performance.mark('cluster-list:script-start');";

/** The bench's copy of the widget entry, beside it (so its chunks and data resolve alike), with the mark added. */
export const MARKED_WIDGET_PATH = '/widget/cluster-list.bench.js';

/**
 * `code` with {@link SCRIPT_START_MARK} as its first statement. A leading `//# allFunctionsCalledOnLoad`
 * (V8's compile hint, which it reads only at the very start of a file) stays first.
 */
export function withScriptStartMark(code: string): string {
  const hint = /^\/\/# allFunctionsCalledOnLoad\r?\n/.exec(code)?.[0] ?? '';
  return `${hint}${SCRIPT_START_MARK}\n${code.slice(hint.length)}`;
}

/**
 * The built site plus the bench page, in a directory of the bench's own (dist/ stays untouched),
 * and the marked copy of the widget entry at {@link MARKED_WIDGET_PATH}. Every other file is served
 * as built: the embed and session measures load exactly what readers load.
 */
export function prepareAssets(workDir: string): string {
  const assetsDir = join(workDir, 'site');
  cpSync(SITE_DIR, assetsDir, { recursive: true });
  writeFileSync(join(assetsDir, MARKED_WIDGET_PATH), withScriptStartMark(readFileSync(join(WIDGET_DIR, 'cluster-list.js'), 'utf8')));
  mkdirSync(join(assetsDir, '__bench'), { recursive: true });
  for (const file of ['widget-speed.html', 'widget-speed.js', 'vanilla-rows.js']) cpSync(resolve('bench/page', file), join(assetsDir, '__bench', file));
  // The widget's own stylesheet, for the loopback baseline that renders the same rows without Lit.
  writeFileSync(join(assetsDir, '__bench', 'widget.css'), styles.cssText);
  return assetsDir;
}

/** Bundled Worker and a D1 state directory migrated and seeded from migrations/. */
export interface PreparedWorker {
  bundle: string;
  persistDir: string;
  statements: number;
}

/** Bundles the real Worker and seeds a persisted D1 with every migration (schema + seed). */
export async function prepareWorker(workDir: string): Promise<PreparedWorker> {
  const bundle = await bundleWorker(join(workDir, 'bundle'));
  const persistDir = join(workDir, 'state');
  const seeder = await startLocalWorker({ source: { scriptPath: bundle }, persistDir });
  try {
    const statements = await applyMigrations(await seeder.getD1Database('DB'), resolve('migrations'));
    return { bundle, persistDir, statements };
  } finally {
    await seeder.dispose();
  }
}

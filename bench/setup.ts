import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { bundleWorker } from './runtime/bundle';
import { startLocalWorker } from './runtime/miniflare';
import { applyMigrations } from './runtime/seed';

/** Built site and widget, as `npm run build` writes them. */
export const SITE_DIR = resolve('dist/site');
export const WIDGET_DIR = join(SITE_DIR, 'widget');
const WIDGET_ENTRY = join(WIDGET_DIR, 'cluster-list.js');
const BUILD_INPUTS = ['widget', 'core', 'public', 'scripts/build-site.ts'];

/** Path of the bench page inside the served assets (no `.html`: assets would redirect to this). */
export const BENCH_PAGE_PATH = '/__bench/widget-speed';

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newestMtime(join(path, name))));
}

/** Runs `npm run build` when the widget is missing or older than its sources; says whether it did. */
export function ensureBuilt(): boolean {
  const built = existsSync(WIDGET_ENTRY) ? statSync(WIDGET_ENTRY).mtimeMs : 0;
  if (built > 0 && built >= Math.max(...BUILD_INPUTS.map(newestMtime))) return false;
  // Build output goes to stderr: stdout carries only the report.
  execFileSync('npm', ['run', 'build'], { stdio: ['ignore', process.stderr, process.stderr] });
  if (!existsSync(WIDGET_ENTRY)) throw new Error(`npm run build wrote no ${WIDGET_ENTRY}`);
  return true;
}

/** The built site plus the bench page, in a directory of the bench's own (dist/ stays untouched). */
export function prepareAssets(workDir: string): string {
  const assetsDir = join(workDir, 'site');
  cpSync(SITE_DIR, assetsDir, { recursive: true });
  mkdirSync(join(assetsDir, '__bench'), { recursive: true });
  cpSync(resolve('bench/page/widget-speed.html'), join(assetsDir, '__bench', 'widget-speed.html'));
  cpSync(resolve('bench/page/widget-speed.js'), join(assetsDir, '__bench', 'widget-speed.js'));
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

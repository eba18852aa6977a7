import { cpSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { bundleWorker } from './runtime/bundle';
import { startLocalWorker } from './runtime/miniflare';
import { applyMigrations } from './runtime/seed';

/** Built site and widget, as `npm run build` writes them. */
export const SITE_DIR = resolve('dist/site');
export const WIDGET_DIR = join(SITE_DIR, 'widget');

/** Path of the bench page inside the served assets (no `.html`: assets would redirect to this). */
export const BENCH_PAGE_PATH = '/__bench/widget-speed';

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

import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const require = createRequire(import.meta.url);

/**
 * Bundles the Worker exactly as a deploy would (`wrangler deploy --dry-run`, which works offline)
 * and returns the path of the bundled module.
 */
export async function bundleWorker(outDir: string): Promise<string> {
  const wranglerBin = join(dirname(require.resolve('wrangler/package.json')), 'bin', 'wrangler.js');
  await run(process.execPath, [wranglerBin, 'deploy', '--dry-run', '--outdir', outDir], {
    env: { ...process.env, WRANGLER_SEND_METRICS: 'false' },
    maxBuffer: 16 * 1024 * 1024,
  });
  const bundle = join(outDir, 'index.js');
  if (!existsSync(bundle)) throw new Error(`wrangler deploy --dry-run wrote no ${bundle}`);
  return bundle;
}

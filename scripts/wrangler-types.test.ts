import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const wrangler = join(dirname(require.resolve('wrangler/package.json')), 'bin', 'wrangler.js');

/** The command that writes worker/worker-configuration.d.ts (its first line names it too). */
const WRANGLER_TYPES_ARGS = ['types', 'worker/worker-configuration.d.ts', '--include-runtime=false'];

// The Worker's `Env` is generated from wrangler.toml; a binding added there without rerunning
// `wrangler types` would leave the code typed against bindings that do not exist.
describe('worker/worker-configuration.d.ts', () => {
  it('is what `wrangler types` generates from wrangler.toml', () => {
    let output = '';
    let failed = false;
    try {
      output = execFileSync(process.execPath, [wrangler, ...WRANGLER_TYPES_ARGS, '--check'], {
        encoding: 'utf8',
        env: { ...process.env, WRANGLER_SEND_METRICS: 'false', NO_COLOR: '1' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
    } catch (error) {
      failed = true;
      output = String((error as { stdout?: string }).stdout ?? '') + String((error as { stderr?: string }).stderr ?? '');
    }
    expect(failed, `stale: run \`npx wrangler ${WRANGLER_TYPES_ARGS.join(' ')}\` and commit the result\n${output}`).toBe(false);
    expect(output).toMatch(/up to date/);
  }, 60_000);
});

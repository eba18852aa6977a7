/**
 * `npm start`: a working local service with no Cloudflare account. Builds the widget and site,
 * applies the local D1 migrations (schema + seed; a no-op when already applied) and serves API,
 * widget and demo page with `wrangler dev` on 127.0.0.1:$PORT (default 8787).
 */
import { spawnSync, spawn } from 'node:child_process';

const DEFAULT_PORT = 8787;

function portFromEnvironment(value: string | undefined): number {
  if (value === undefined || value === '') return DEFAULT_PORT;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    console.error(`PORT must be an integer from 1 to 65535, got "${value}".`);
    process.exit(2);
  }
  return port;
}

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  if (result.status !== 0) {
    console.error(`\`${command} ${args.join(' ')}\` failed; see its output above.`);
    process.exit(result.status ?? 1);
  }
}

const port = portFromEnvironment(process.env.PORT);
process.env.WRANGLER_SEND_METRICS = 'false';

run('npm', ['run', 'build', '--silent']);
run('npx', ['wrangler', 'd1', 'migrations', 'apply', 'DB', '--local']);

const dev = spawn('npx', ['wrangler', 'dev', '--ip', '127.0.0.1', '--port', String(port), '--show-interactive-dev-session=false'], {
  stdio: 'inherit',
  env: process.env,
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => dev.kill(signal));
}
dev.on('exit', (code) => process.exit(code ?? 0));

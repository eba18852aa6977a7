/**
 * Global setup of the `browser` project: one local Worker with a freshly migrated and seeded D1,
 * shared by every browser test file. Each file launches its own Chromium and host-page server.
 *
 * 1. Builds the site (`npm run build`) when dist/ is missing or older than its sources.
 * 2. Applies migrations/ (schema + seed) to a local D1 in a temporary `--persist-to` directory.
 * 3. Starts `wrangler dev` on a free port and waits until `/api/v1/meta` answers.
 * Teardown stops wrangler's whole process group and removes the directory.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSiteIfStale } from '../../scripts/site-build-if-stale';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Origin of the local Worker (API, widget and landing page), e.g. http://127.0.0.1:41234. */
    workerOrigin: string;
  }
}

const ROOT = resolve(import.meta.dirname, '../..');
const STARTUP_TIMEOUT_MS = 90_000;

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('no port'))));
    });
  });
}

function wrangler(args: string[]): string[] {
  return [join(ROOT, 'node_modules/wrangler/bin/wrangler.js'), ...args];
}

async function waitForWorker(origin: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + STARTUP_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`wrangler dev exited with ${child.exitCode}:\n${output()}`);
    try {
      const response = await fetch(`${origin}/api/v1/meta`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((wake) => setTimeout(wake, 250));
  }
  throw new Error(`wrangler dev did not answer ${origin}/api/v1/meta within ${STARTUP_TIMEOUT_MS / 1000} s:\n${output()}`);
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.pid === undefined) return Promise.resolve();
  return new Promise((done) => {
    const force = setTimeout(() => kill('SIGKILL'), 5_000);
    child.once('exit', () => {
      clearTimeout(force);
      done();
    });
    kill('SIGTERM');
  });
  function kill(signal: NodeJS.Signals): void {
    try {
      // wrangler runs workerd as a child: signal the whole group it leads.
      process.kill(-child.pid!, signal);
    } catch {
      // already gone
    }
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  buildSiteIfStale();
  const persistTo = mkdtempSync(join(tmpdir(), 'cluster-list-browser-'));
  const env = { ...process.env, WRANGLER_SEND_METRICS: 'false', CI: '1' };
  const migrate = spawnSync(process.execPath, wrangler(['d1', 'migrations', 'apply', 'DB', '--local', '--persist-to', persistTo]), {
    cwd: ROOT,
    env,
    encoding: 'utf8',
  });
  if (migrate.status !== 0) {
    rmSync(persistTo, { recursive: true, force: true });
    throw new Error(`browser tests: applying D1 migrations failed:\n${migrate.stdout}\n${migrate.stderr}`);
  }

  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const child = spawn(
    process.execPath,
    wrangler(['dev', '--ip', '127.0.0.1', '--port', String(port), '--persist-to', persistTo, '--show-interactive-dev-session=false', '--log-level', 'warn']),
    { cwd: ROOT, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let log = '';
  const collect = (chunk: Buffer) => (log = (log + chunk.toString()).slice(-20_000));
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);

  const teardown = async () => {
    await stop(child);
    rmSync(persistTo, { recursive: true, force: true });
  };
  try {
    await waitForWorker(origin, child, () => log);
  } catch (error) {
    await teardown();
    throw error;
  }
  project.provide('workerOrigin', origin);
  return teardown;
}

/**
 * Where scripts/browsers/install.sh puts the engines, and how code finds them there. The drivers
 * live in the cache, not in package.json, so nothing here can be imported statically.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

/** The engines the install script knows, by the name it takes on its command line. */
export type InstalledEngine = 'chromium-80' | 'chromium-86' | 'firefox' | 'webkit';

export const INSTALLED_ENGINES: readonly InstalledEngine[] = ['chromium-80', 'chromium-86', 'firefox', 'webkit'];

const ROOT = resolve(import.meta.dirname, '../..');

/** The script, as a command to paste. */
export const INSTALL_COMMAND = 'bash scripts/browsers/install.sh';

export function browserCache(): string {
  return process.env.CLUSTER_LIST_BROWSERS ?? join(homedir(), '.cache/cluster-list-browsers');
}

export function engineDir(engine: InstalledEngine): string {
  return join(browserCache(), engine);
}

/** Thrown when an engine is not installed; its message is the command that installs it. */
export class EngineMissingError extends Error {
  constructor(engine: InstalledEngine, detail: string) {
    super(`${engine} is not installed (${detail}). Install it with: ${INSTALL_COMMAND} ${engine}   (.ci/run and the engines' test setup run it)`);
    this.name = 'EngineMissingError';
  }
}

/** The install script's `ready` file: its first line the pins, its second what was installed. */
export function installedVersion(engine: InstalledEngine): string {
  const ready = join(engineDir(engine), 'ready');
  if (!existsSync(ready)) throw new EngineMissingError(engine, `no ${ready}`);
  return readFileSync(ready, 'utf8').trim().split('\n').pop() ?? '';
}

/** Loads a driver package from the engine's own node_modules in the cache. */
export function requireFromEngine<T>(engine: InstalledEngine, packageName: string): T {
  installedVersion(engine);
  try {
    return createRequire(join(engineDir(engine), 'package.json'))(packageName) as T;
  } catch (error) {
    throw new EngineMissingError(engine, `cannot load ${packageName}: ${(error as Error).message.split('\n')[0]}`);
  }
}

/** A file the engine needs outside the cache (Debian's browsers), checked with the same advice. */
export function requireFile(engine: InstalledEngine, path: string): string {
  if (!existsSync(path)) throw new EngineMissingError(engine, `no ${path}`);
  return path;
}

/** Runs the install script for `engines`; returns its exit status and output, without throwing. */
export function installEngines(engines: readonly InstalledEngine[]): { ok: boolean; output: string; seconds: number } {
  const started = performance.now();
  const result = spawnSync('bash', [join(ROOT, 'scripts/browsers/install.sh'), ...engines], { cwd: ROOT, encoding: 'utf8' });
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}${result.error ? String(result.error) : ''}`.trim();
  return { ok: result.status === 0, output, seconds: (performance.now() - started) / 1000 };
}

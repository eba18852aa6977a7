/**
 * A missing engine fails its suite with the command that installs it (never a silent skip), and
 * the install script refuses what it does not know.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { INSTALLED_ENGINES } from '../../scripts/browsers/cache';
import { launchEngine } from '../../scripts/browsers/engines';

describe('an engine missing from the browser cache', () => {
  const saved = process.env.CLUSTER_LIST_BROWSERS;
  let empty = '';
  afterEach(() => {
    if (saved === undefined) delete process.env.CLUSTER_LIST_BROWSERS;
    else process.env.CLUSTER_LIST_BROWSERS = saved;
    rmSync(empty, { recursive: true, force: true });
  });

  it.each(INSTALLED_ENGINES)('%s: fails naming the install script', async (engine) => {
    empty = mkdtempSync(join(tmpdir(), 'cluster-list-no-browsers-'));
    process.env.CLUSTER_LIST_BROWSERS = empty;
    await expect(launchEngine(engine)).rejects.toThrow(
      `${engine} is not installed (no ${join(empty, engine, 'ready')}). Install it with: bash scripts/browsers/install.sh ${engine}`,
    );
  });
});

it('the install script names the engines it knows when given another', () => {
  const cache = mkdtempSync(join(tmpdir(), 'cluster-list-browsers-'));
  const result = spawnSync('bash', ['scripts/browsers/install.sh', 'netscape'], { encoding: 'utf8', env: { ...process.env, CLUSTER_LIST_BROWSERS: cache } });
  rmSync(cache, { recursive: true, force: true });
  expect(result.status).toBe(2);
  expect(result.stderr).toContain("unknown engine 'netscape' (known: chromium-80 chromium-86 firefox webkit)");
});

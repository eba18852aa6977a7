import { spawnSync, type StdioOptions } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const BUILD_OUTPUT = join(ROOT, 'dist/site/widget/cluster-list.js');
// Everything site/build.ts reads: the widget (with its Vite config and tsconfig), core,
// site/public/, and data/, from which it regenerates clusters.json through the pipeline
// (pipeline/snapshot.ts); tsconfig.base.json because the widget's tsconfig extends it.
const BUILD_INPUTS = ['widget', 'core', 'site/public', 'data', 'site/build.ts', 'pipeline', 'tsconfig.base.json'];

// A directory's own mtime counts: deleting or renaming a file changes only its directory.
function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((newest, name) => Math.max(newest, newestMtime(join(path, name))), stat.mtimeMs);
}

function isStale(): boolean {
  const built = existsSync(BUILD_OUTPUT) ? statSync(BUILD_OUTPUT).mtimeMs : 0;
  return built === 0 || built < Math.max(...BUILD_INPUTS.map((input) => newestMtime(join(ROOT, input))));
}

/** Options of {@link buildSiteIfStale}. */
export interface SiteBuildOptions {
  /** Where the build's output goes; `stderr` for a caller whose stdout carries something else. */
  output?: 'inherit' | 'stderr';
}

/**
 * Runs `npm run build` when the built widget is missing or older than any input of the build
 * (a deleted input counts through its directory's mtime), and says whether it did. Throws when
 * the build fails or writes no widget.
 */
export function buildSiteIfStale(options: SiteBuildOptions = {}): boolean {
  if (!isStale()) return false;
  const stdio: StdioOptions = options.output === 'stderr' ? ['ignore', process.stderr, process.stderr] : 'inherit';
  const result = spawnSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, stdio });
  if (result.error) throw result.error;
  if (result.status !== 0) throw new Error(`\`npm run build\` failed (exit ${result.status ?? result.signal}); see its output above`);
  if (!existsSync(BUILD_OUTPUT)) throw new Error(`\`npm run build\` wrote no ${BUILD_OUTPUT}`);
  return true;
}

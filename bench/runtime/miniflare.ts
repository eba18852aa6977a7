import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { unstable_getMiniflareWorkerOptions } from 'wrangler';

/** Where a Worker's code comes from: a bundled file on disk or module source text. */
export type WorkerSource = { scriptPath: string } | { script: string };

/** Options of one local Worker server. */
export interface LocalWorkerOptions {
  source: WorkerSource;
  /** Root for D1 (and cache) storage; omitted means ephemeral storage that dies with the instance. */
  persistDir?: string;
  /** Static assets directory; defaults to the one in wrangler.toml. */
  assetsDir?: string;
}

/** A running Worker, reachable over HTTP on 127.0.0.1. */
export interface LocalWorker {
  url: URL;
  getD1Database(binding: string): Promise<D1Like>;
  dispose(): Promise<void>;
}

/** The part of the D1 binding the seeding step uses. */
export interface D1Like {
  prepare(sql: string): unknown;
  batch(statements: unknown[]): Promise<unknown>;
}

interface MiniflareInstance {
  ready: Promise<URL>;
  getD1Database(binding: string): Promise<D1Like>;
  dispose(): Promise<void>;
}

interface MiniflareModule {
  Miniflare: new (options: Record<string, unknown>) => MiniflareInstance;
  convertV4MiniflareOptions(options: Record<string, unknown>): Record<string, unknown>;
}

/** Name and versions of the runtime, for the report. */
export interface RuntimeInfo {
  name: string;
  miniflare: string;
  workerd: string;
  wrangler: string;
}

const require = createRequire(import.meta.url);

function packageRoot(entry: string, name: string): string {
  let dir = dirname(entry);
  while (!dir.endsWith(join('node_modules', name))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`cannot find the package root of ${name} from ${entry}`);
    dir = parent;
  }
  return dir;
}

function versionOf(root: string): string {
  return (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
}

// Wrangler pins its own Miniflare (and workerd); @cloudflare/vitest-plugin may hoist an older one to
// the top of node_modules, so resolve from wrangler's directory to run what `wrangler dev` would.
const wranglerRoot = dirname(require.resolve('wrangler/package.json'));
const miniflareEntry = createRequire(join(wranglerRoot, 'package.json')).resolve('miniflare');
const miniflareRoot = packageRoot(miniflareEntry, 'miniflare');
const workerdRoot = packageRoot(createRequire(join(miniflareRoot, 'package.json')).resolve('workerd'), 'workerd');

let miniflareModule: Promise<MiniflareModule> | undefined;
function loadMiniflare(): Promise<MiniflareModule> {
  miniflareModule ??= import(pathToFileURL(miniflareEntry).href) as Promise<MiniflareModule>;
  return miniflareModule;
}

/** The Miniflare and workerd versions that every local Worker of the bench runs on. */
export function runtimeInfo(): RuntimeInfo {
  return {
    name: 'Miniflare (workerd), direct, no wrangler dev proxy',
    miniflare: versionOf(miniflareRoot),
    workerd: versionOf(workerdRoot),
    wrangler: versionOf(wranglerRoot),
  };
}

type WranglerWorkerOptions = Record<string, unknown> & { assets?: Record<string, unknown> };

let wranglerOptions: WranglerWorkerOptions | undefined;
function workerOptionsFromConfig(): WranglerWorkerOptions {
  if (!wranglerOptions) {
    const { workerOptions } = unstable_getMiniflareWorkerOptions(resolve('wrangler.toml'));
    // The bench always runs one bundled module, so wrangler's module rules (which Miniflare 5
    // refuses to convert) do not apply.
    const { modulesRules: _rules, ...rest } = workerOptions as WranglerWorkerOptions;
    wranglerOptions = rest;
  }
  return wranglerOptions;
}

/**
 * Starts a Worker in Miniflare with the bindings, compatibility settings and assets of
 * wrangler.toml, listening on 127.0.0.1 on a free port. Every Worker of the bench (the real one
 * and the baselines) goes through here, so they share one runtime configuration.
 */
export async function startLocalWorker(options: LocalWorkerOptions): Promise<LocalWorker> {
  const { Miniflare, convertV4MiniflareOptions } = await loadMiniflare();
  const base = workerOptionsFromConfig();
  const assets = base.assets && options.assetsDir ? { ...base.assets, directory: options.assetsDir } : base.assets;
  const converted = convertV4MiniflareOptions({
    ...base,
    ...options.source,
    // Module names are paths relative to modulesRoot, and workerd refuses names with '..'.
    ...('scriptPath' in options.source ? { modulesRoot: dirname(options.source.scriptPath) } : {}),
    modules: true,
    assets,
    host: '127.0.0.1',
    port: 0,
  });
  const miniflare = new Miniflare({
    ...converted,
    // Request logging would put console I/O on the measured path.
    logRequests: false,
    ...(options.persistDir ? { resourcePersistencePath: options.persistDir } : {}),
  });
  const url = await miniflare.ready;
  return {
    url,
    getD1Database: (binding) => miniflare.getD1Database(binding),
    dispose: () => miniflare.dispose(),
  };
}

/**
 * The paths wrangler.toml sends to the Worker ahead of its static assets (`run_worker_first`):
 * a request to one of them is a billed Worker request, any other is a free static-asset request.
 */
export function workerFirstPatterns(): string[] {
  const patterns = workerOptionsFromConfig().assets?.run_worker_first;
  return Array.isArray(patterns) ? patterns.map(String) : [];
}

/** Whether `pathname` matches one of `patterns` (`*` matches any run of characters, `/` included). */
export function matchesRoute(pathname: string, patterns: readonly string[]): boolean {
  return patterns.some((pattern) => {
    const source = pattern
      .split('*')
      .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*');
    return new RegExp(`^${source}$`).test(pathname);
  });
}

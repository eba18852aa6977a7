/**
 * A plain static server of the built site (dist/site), as a mirror inside China would serve it
 * from nginx or an object-storage bucket: files only, CORS open, no Worker, so every `/api/*` is
 * a 404. The browser tests, the engines suite and the bench load the widget from it, on an origin
 * of its own, to show that the widget, the pages and the builder need nothing else.
 */
import { readFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';

const SITE = resolve(import.meta.dirname, '../dist/site');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/** An answer a test puts in place of a file: a fault, or other content. */
export interface Override {
  status: number;
  body: string;
  type?: string;
  /** Answer only the next request so, then serve the file again (a cache that held an old copy). */
  once?: boolean;
}

export interface StaticSiteServer {
  origin: string;
  /** Every path requested so far, in order (with its query string). */
  readonly requests: readonly string[];
  /** Answers `path` with `override` instead of the file; null restores the file. */
  override(path: string, override: Override | null): void;
  close(): Promise<void>;
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/** The file a URL path names, as a static host resolves it: `/x` is `x`, else `x.html`, else `x/index.html`. */
async function fileFor(root: string, pathname: string): Promise<string | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  const base = normalize(join(root, decoded));
  if (!base.startsWith(root)) return null;
  for (const candidate of [base, `${base}.html`, join(base, 'index.html')]) {
    if (await isFile(candidate)) return candidate;
  }
  return null;
}

/** Serves `root` (the built site by default) on a free loopback port. */
export async function startStaticSite(root = SITE): Promise<StaticSiteServer> {
  const overrides = new Map<string, Override>();
  const requests: string[] = [];
  const server: Server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://mirror');
    requests.push(url.pathname + url.search);
    const headers = { 'access-control-allow-origin': '*', 'cache-control': 'no-store' };
    const override = overrides.get(url.pathname);
    if (override?.once) overrides.delete(url.pathname);
    if (override) {
      response.writeHead(override.status, { ...headers, 'content-type': override.type ?? TYPES['.json']! });
      response.end(override.body);
      return;
    }
    const file = await fileFor(root, url.pathname);
    if (file) {
      response.writeHead(200, { ...headers, 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      response.end(await readFile(file));
      return;
    }
    const notFound = join(root, '404.html');
    response.writeHead(404, { ...headers, 'content-type': TYPES['.html']! });
    response.end((await isFile(notFound)) ? await readFile(notFound) : 'not found');
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    override(path, value) {
      if (value) overrides.set(path, value);
      else overrides.delete(path);
    },
    close: () => new Promise((done) => server.close(() => done())),
  };
}

/**
 * A tiny host site for the widget: serves test pages and the built widget files from its own
 * origin, and proxies nothing. API mode points the `api` attribute at the local Worker (another
 * origin, like a real embed); self-hosted mode reads a snapshot from this origin.
 */
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { join, normalize, resolve } from 'node:path';

const WIDGET_DIR = resolve(import.meta.dirname, '../../../dist/site/widget');

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
};

interface Route {
  body: string;
  type: string;
  headers: Record<string, string>;
}

export interface HostServer {
  origin: string;
  /** Serves `body` at `path` (HTML unless `type` says otherwise), with extra response headers. */
  route(path: string, body: string, options?: { type?: string; headers?: Record<string, string> }): void;
  close(): Promise<void>;
}

export async function startHostServer(): Promise<HostServer> {
  const routes = new Map<string, Route>();
  const server: Server = createServer(async (request, response) => {
    const path = new URL(request.url ?? '/', 'http://host').pathname;
    const route = routes.get(path);
    if (route) {
      response.writeHead(200, { 'content-type': route.type, 'cache-control': 'no-store', ...route.headers });
      response.end(route.body);
      return;
    }
    if (path.startsWith('/widget/')) {
      // Province first views are named in Chinese too: the browser asks for them percent-encoded.
      let name: string;
      try {
        name = decodeURIComponent(path.slice('/widget/'.length));
      } catch {
        name = '';
      }
      const file = normalize(join(WIDGET_DIR, name));
      if (file.startsWith(WIDGET_DIR)) {
        try {
          const body = await readFile(file);
          const type = TYPES[file.slice(file.lastIndexOf('.'))] ?? 'application/octet-stream';
          response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
          response.end(body);
          return;
        } catch {
          // fall through to 404
        }
      }
    }
    response.writeHead(404, { 'content-type': 'text/plain' });
    response.end('not found');
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const address = server.address();
  if (typeof address !== 'object' || address === null) throw new Error('host server has no address');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    route(path, body, options = {}) {
      routes.set(path, { body, type: options.type ?? TYPES['.html']!, headers: options.headers ?? {} });
    },
    close: () => new Promise((done) => server.close(() => done())),
  };
}

export interface HostPageOptions {
  /** The widget script's URL; the host server's own copy unless given. */
  script?: string;
  /** Extra markup at the end of <head>. */
  head?: string;
}

/** A minimal host page: the widget script and the given markup, with text after it (layout-shift witness). */
export function hostPage(body: string, options: HostPageOptions = {}): string {
  return `<!doctype html>
<html lang="zh-CN">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>host page</title>${options.head ?? ''}
<script type="module" src="${options.script ?? '/widget/cluster-list.js'}"></script></head>
<body><main><h1>Host page</h1>${body}<p id="after">Text after the widget.</p></main></body>
</html>`;
}

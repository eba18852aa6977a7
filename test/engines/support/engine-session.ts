/**
 * One engine and the servers its pages come from, for one test file: the host server (the
 * embedding page, and the widget folder beside it), a static mirror on another origin, and a
 * server that never answers. Started before the file's tests, closed after them; every page a
 * test opens is closed after that test.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { resolve } from 'node:path';
import { afterAll, afterEach, beforeAll, expect, inject } from 'vitest';
import { EngineMissingError } from '../../../scripts/browsers/cache';
import type { EngineBrowser, EnginePage, PageOptions } from '../../../scripts/browsers/engine';
import { launchEngine, type EngineName } from '../../../scripts/browsers/engines';
import { startStaticSite, type StaticSiteServer } from '../../../scripts/static-site-server';
import { startHostServer, type HostServer } from '../../browser/support/host-server';
import { urlPath, WIDGET_DIR } from './expected';
import { widgetBase, widgetPage, type Mode, type WidgetPageOptions } from './pages';
import { pageProblems } from './widget';

/** A server that accepts requests and never answers. */
export interface HangingServer {
  origin: string;
  /** Drops the requests it holds, so that no navigation waits for them. */
  hangUp(): void;
  close(): Promise<void>;
}

/** The page the suite's tests open: a widget page of a mode, without the engine file's own `before`. */
export type SuitePage = Omit<WidgetPageOptions, 'before'>;

/** What the suite's tests use; each accessor throws if the engine did not start. */
export interface EngineSession {
  readonly name: EngineName;
  readonly browser: EngineBrowser;
  readonly host: HostServer;
  readonly mirror: StaticSiteServer;
  /** The widget stays on its skeleton when its data comes from here. */
  readonly hanging: HangingServer;
  /** Serves `page` on the host server and opens it in a new page of the engine. */
  open(page: SuitePage, pageOptions?: PageOptions): Promise<EnginePage>;
  /** Opens `page` inside a `width` px iframe of an otherwise empty page on the same origin. */
  openFramed(page: SuitePage, width: number): Promise<EnginePage>;
  /** The widget folder of `mode` as an absolute URL, as the page's resource entries name its files. */
  widgetFolder(mode: Mode): string;
  /** The site the widget folder belongs to, which the fallback links point at. */
  siteOf(mode: Mode): string;
  expectNoProblems(page: EnginePage): Promise<void>;
}

async function startHangingServer(): Promise<HangingServer> {
  const server: Server = createServer(() => undefined);
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const address = server.address();
  if (typeof address !== 'object' || address === null) throw new Error('hanging server has no address');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    hangUp: () => server.closeAllConnections(),
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

/**
 * The host server looks files up by the URL's percent-encoded path, so it finds no file named in
 * Chinese (views/provinces/浙江省.json): each such file of the widget folder gets a route of its
 * own, as a static host that decodes paths (nginx, object storage) would serve it.
 */
function serveNonAsciiFiles(host: HostServer): void {
  const walk = (dir: string): string[] =>
    readdirSync(resolve(WIDGET_DIR, dir), { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? walk(`${dir}${entry.name}/`) : [`${dir}${entry.name}`],
    );
  for (const path of walk('')) {
    if (encodeURI(path) === path) continue;
    host.route(urlPath(`/widget/${path}`), readFileSync(resolve(WIDGET_DIR, path), 'utf8'), { type: 'application/json; charset=utf-8' });
  }
}

function started<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('the engine did not start');
  return value;
}

/**
 * Starts `name` and the servers before the calling file's tests (registering its hooks), with
 * `before` (a classic script) run by every page ahead of the widget.
 */
export function useEngineSession(name: EngineName, before: string | undefined): EngineSession {
  let browser: EngineBrowser | undefined;
  let host: HostServer | undefined;
  let mirror: StaticSiteServer | undefined;
  let hanging: HangingServer | undefined;
  const pages: EnginePage[] = [];
  let served = 0;

  beforeAll(async () => {
    host = await startHostServer();
    serveNonAsciiFiles(host);
    mirror = await startStaticSite();
    hanging = await startHangingServer();
    try {
      browser = await launchEngine(name);
    } catch (error) {
      const failure = inject('engineInstallFailure');
      if (error instanceof EngineMissingError && failure) throw new Error(`${error.message}\nThe install script said:\n${failure}`);
      throw error;
    }
    console.info(`engines: ${name} is ${browser.version}`);
  });
  afterEach(async () => {
    // One at a time, each once: a WebDriver session is one window, which every "page" reuses.
    for (const page of new Set(pages.splice(0))) await page.close();
  });
  afterAll(async () => {
    await browser?.close();
    await host?.close();
    await mirror?.close();
    await hanging?.close();
  });

  async function openAt(path: string, pageOptions: PageOptions = {}): Promise<EnginePage> {
    const opened = await started(browser).newPage(pageOptions);
    pages.push(opened);
    await opened.goto(`${started(host).origin}${path}`);
    return opened;
  }

  return {
    name,
    get browser() {
      return started(browser);
    },
    get host() {
      return started(host);
    },
    get mirror() {
      return started(mirror);
    },
    get hanging() {
      return started(hanging);
    },
    open(page, pageOptions) {
      const path = `/page-${++served}`;
      started(host).route(path, widgetPage({ ...page, before }, { mirror: started(mirror).origin }));
      return openAt(path, pageOptions);
    },
    openFramed(page, width) {
      const inner = `/page-${++served}`;
      started(host).route(inner, widgetPage({ ...page, before }, { mirror: started(mirror).origin }));
      const outer = `/frame-${++served}`;
      started(host).route(
        outer,
        `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>frame</title><link rel="icon" href="data:,"></head>
<body style="margin:0"><iframe src="${inner}" title="host page" style="width:${width}px;height:800px;border:0"></iframe></body></html>`,
      );
      return openAt(outer);
    },
    widgetFolder(mode) {
      return new URL(widgetBase(mode, { mirror: started(mirror).origin }), started(host).origin).href;
    },
    siteOf(mode) {
      return mode === 'mirror' ? started(mirror).origin : started(host).origin;
    },
    async expectNoProblems(page) {
      expect(await pageProblems(page)).toEqual([]);
    },
  };
}

/**
 * WebKit, Safari's engine: Debian's WebKitGTK MiniBrowser driven through WebKitWebDriver by
 * selenium-webdriver. MiniBrowser has no headless mode, so each launch starts its own Xvfb (on
 * a display it picks itself) and its own WebKitWebDriver (on a free port), and stops both.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { requireFile, requireFromEngine } from './cache';
import { withScriptlessTwin, type EngineBrowser, type EngineElement, type EnginePage } from './engine';

export const WEBKIT_DRIVER_PATH = '/usr/bin/WebKitWebDriver';
export const MINIBROWSER_PATH = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const XVFB_PATH = '/usr/bin/Xvfb';
const STARTUP_TIMEOUT_MS = 20_000;

interface SeleniumElement {
  click(): Promise<void>;
  sendKeys(text: string): Promise<void>;
}

interface SeleniumDriver {
  get(url: string): Promise<void>;
  executeScript(body: string, ...args: unknown[]): Promise<unknown>;
  getCapabilities(): Promise<{ get(name: string): unknown }>;
  quit(): Promise<void>;
}

interface Selenium {
  Builder: new () => {
    usingServer(url: string): { withCapabilities(capabilities: unknown): { build(): Promise<SeleniumDriver> } };
  };
  Capabilities: new (values: Record<string, unknown>) => unknown;
}

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

/** Starts Xvfb with `-displayfd`, which prints the display it took once it accepts clients. */
function startXvfb(): Promise<{ child: ChildProcess; display: string }> {
  const child = spawn(XVFB_PATH, ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], { stdio: ['ignore', 'ignore', 'pipe', 'pipe'] });
  return new Promise((resolveDisplay, reject) => {
    let printed = '';
    let errors = '';
    const timer = setTimeout(() => fail(new Error(`Xvfb printed no display within ${STARTUP_TIMEOUT_MS / 1000} s: ${errors}`)), STARTUP_TIMEOUT_MS);
    const fail = (error: Error) => {
      clearTimeout(timer);
      child.kill();
      reject(error);
    };
    child.stderr?.on('data', (chunk: Buffer) => (errors = (errors + chunk.toString()).slice(-2_000)));
    (child.stdio[3] as NodeJS.ReadableStream).on('data', (chunk: Buffer) => {
      printed += chunk.toString();
      if (printed.includes('\n')) {
        clearTimeout(timer);
        resolveDisplay({ child, display: `:${printed.trim()}` });
      }
    });
    child.once('error', fail);
    child.once('exit', (code) => fail(new Error(`Xvfb exited with ${code}: ${errors}`)));
  });
}

async function waitForDriver(url: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + STARTUP_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`WebKitWebDriver exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${url}/status`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((wake) => setTimeout(wake, 100));
  }
  throw new Error(`WebKitWebDriver did not answer ${url}/status within ${STARTUP_TIMEOUT_MS / 1000} s`);
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((done) => {
    child.once('exit', () => done());
    child.kill();
  });
}

export async function launchWebKit(): Promise<EngineBrowser> {
  // MiniBrowser's --enable-javascript-markup=false stops the page's scripts, not WebDriver's.
  return withScriptlessTwin(await launch([]), () => launch(['--enable-javascript-markup=false']));
}

async function launch(browserArgs: string[]): Promise<EngineBrowser> {
  const selenium = requireFromEngine<Selenium>('webkit', 'selenium-webdriver');
  requireFile('webkit', WEBKIT_DRIVER_PATH);
  requireFile('webkit', MINIBROWSER_PATH);
  requireFile('webkit', XVFB_PATH);
  const xvfb = await startXvfb();
  const port = await freePort();
  const driverProcess = spawn(WEBKIT_DRIVER_PATH, [`--port=${port}`], { stdio: 'ignore', env: { ...process.env, DISPLAY: xvfb.display } });
  const stopAll = async () => {
    await stop(driverProcess);
    await stop(xvfb.child);
  };
  let driver: SeleniumDriver;
  try {
    const url = `http://127.0.0.1:${port}`;
    await waitForDriver(url, driverProcess);
    const capabilities = new selenium.Capabilities({
      browserName: 'MiniBrowser',
      'webkitgtk:browserOptions': { binary: MINIBROWSER_PATH, args: ['--automation', ...browserArgs] },
    });
    driver = await new selenium.Builder().usingServer(url).withCapabilities(capabilities).build();
  } catch (error) {
    await stopAll();
    throw error;
  }
  const version = `WebKitGTK ${String((await driver.getCapabilities()).get('browserVersion'))}`;

  // WebDriver drives one window: a "page" is that window from one navigation to the next.
  const page: EnginePage = {
    problems: [],
    goto: (url) => driver.get(url),
    evaluate: async <T>(body: string, ...args: unknown[]) => (await driver.executeScript(body, ...args)) as T,
    async element(body, ...args): Promise<EngineElement> {
      const element = (await driver.executeScript(body, ...args)) as SeleniumElement | null;
      if (!element) throw new Error(`no element from: ${body}`);
      return { click: () => element.click(), type: (text) => element.sendKeys(text) };
    },
    accessibleNames: () => Promise.reject(new Error('WebKitWebDriver exposes no accessibility tree')),
    close: () => driver.get('about:blank'),
  };
  return {
    label: 'WebKit',
    version,
    features: { javaScriptToggle: false, accessibilityTree: false, narrowViewport: false, consoleErrors: false },
    async newPage(options = {}) {
      if (options.javaScript === false) throw new Error('WebKitWebDriver cannot disable JavaScript');
      (page.problems as string[]).length = 0;
      return page;
    },
    async close() {
      await driver.quit().catch(() => undefined);
      await stopAll();
    },
  };
}

/**
 * Debian's firefox-esr driven by a current puppeteer-core over WebDriver BiDi. ESR 140 fails
 * `setViewport`, so the window size is the viewport (`defaultViewport: null`).
 */
import { requireFile, requireFromEngine } from './cache';
import { withScriptlessTwin, type EngineBrowser } from './engine';
import { launchWithPuppeteer, type Puppeteer } from './puppeteer-engine';

export const FIREFOX_PATH = '/usr/bin/firefox-esr';

function launch(scripts: boolean): Promise<EngineBrowser> {
  const puppeteer = requireFromEngine<Puppeteer>('firefox', 'puppeteer-core');
  const executablePath = requireFile('firefox', FIREFOX_PATH);
  return launchWithPuppeteer(
    puppeteer,
    'Firefox ESR',
    // Firefox's BiDi has no emulation.setScriptingEnabled yet (hence the twin with the pref off),
    // and ESR 140 no setViewport.
    { javaScriptToggle: false, accessibilityTree: false, narrowViewport: false, consoleErrors: true },
    {
      browser: 'firefox',
      executablePath,
      headless: true,
      defaultViewport: null,
      args: ['--window-size=1024,768'],
      ...(scripts ? {} : { extraPrefsFirefox: { 'javascript.enabled': false } }),
    },
  );
}

export async function launchFirefox(): Promise<EngineBrowser> {
  return withScriptlessTwin(await launch(true), () => launch(false));
}

/**
 * Debian's firefox-esr driven by a current puppeteer-core over WebDriver BiDi. ESR 140 fails
 * `setViewport`, so pages keep the window's size (`defaultViewport: null`) unless a test asks
 * for a width.
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
    // Firefox's BiDi has no emulation.setScriptingEnabled yet (hence the twin with the pref off).
    // setViewport works from ESR 153 (ESR 140 fails it, so only the 375 px test calls it).
    { javaScriptToggle: false, accessibilityTree: false, narrowViewport: true, consoleErrors: true },
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

/**
 * Chromium 80 and 86, the oldest kernels of the 360, QQ, Sogou and 信创 browsers and of WeChat on
 * Android: the binaries shipped inside chrome-aws-lambda@2.1.1 and @5.3.1, inflated by
 * scripts/browsers/install.sh into the cache and driven by puppeteer-core of the same release.
 */
import { join } from 'node:path';
import { engineDir, requireFile, requireFromEngine } from './cache';
import type { EngineBrowser } from './engine';
import { launchWithPuppeteer, type Puppeteer } from './puppeteer-engine';

export type OldChromium = 'chromium-80' | 'chromium-86';

const LABELS: Record<OldChromium, string> = { 'chromium-80': 'Chromium 80', 'chromium-86': 'Chromium 86' };

export async function launchOldChromium(engine: OldChromium): Promise<EngineBrowser> {
  const puppeteer = requireFromEngine<Puppeteer>(engine, 'puppeteer-core');
  const executablePath = requireFile(engine, join(engineDir(engine), 'chromium'));
  return launchWithPuppeteer(
    puppeteer,
    LABELS[engine],
    { javaScriptToggle: true, accessibilityTree: true, narrowViewport: true, consoleErrors: true },
    {
      executablePath,
      headless: true,
      // Lambda's build has no sandbox helper; --single-process is not needed outside Lambda.
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  );
}

// The reader's device and network, as Chromium's DevTools emulate them, for the widget's measures.
import type { BrowserContext, Page } from 'playwright-core';

/** Network conditions Chromium imposes on every request of the page (DevTools' request-level throttling), and optionally a slower CPU. */
export interface EmulatedNetwork {
  name: string;
  /** Added to each request's response, in ms. */
  latencyMs: number;
  downloadKbps: number;
  uploadKbps: number;
  /** CPU slowdown factor (CDP `Emulation.setCPUThrottlingRate`); omitted = the machine's own speed. */
  cpuSlowdown?: number;
}

const NETWORK = { latencyMs: 150, downloadKbps: 1.6 * 1024, uploadKbps: 750 } as const;

/**
 * Lighthouse's default mobile network ("slow 4G": 150 ms, 1.6 Mbit/s down, 750 kbit/s up), applied
 * per request as DevTools does, without Lighthouse's packet-level adjustment factors.
 */
export const LIGHTHOUSE_MOBILE_NETWORK: EmulatedNetwork = {
  name: "Lighthouse's mobile network (150 ms per request, 1.6 Mbit/s down, 750 kbit/s up)",
  ...NETWORK,
};

/** Lighthouse's whole mobile preset: that network and the CPU slowed 4×, as on a low-end phone. */
export const LIGHTHOUSE_MOBILE: EmulatedNetwork = {
  name: "Lighthouse's mobile preset (150 ms per request, 1.6 Mbit/s down, 750 kbit/s up, CPU slowed 4×)",
  ...NETWORK,
  cpuSlowdown: 4,
};

/** Applies `network` (and its CPU slowdown) to `page` before it navigates. */
export async function emulate(context: BrowserContext, page: Page, network: EmulatedNetwork): Promise<void> {
  const session = await context.newCDPSession(page);
  await session.send('Network.enable');
  const bytesPerSecond = (kbps: number) => (kbps * 1024) / 8;
  await session.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: network.latencyMs,
    downloadThroughput: bytesPerSecond(network.downloadKbps),
    uploadThroughput: bytesPerSecond(network.uploadKbps),
  });
  if (network.cpuSlowdown) await session.send('Emulation.setCPUThrottlingRate', { rate: network.cpuSlowdown });
}

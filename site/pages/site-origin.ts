/**
 * The canonical origin of the deployed site, from configuration: the `SITE_ORIGIN` environment
 * variable of `npm run build` (e.g. `SITE_ORIGIN=https://clusters.example.org npm run build`).
 * Canonical links, Open Graph URLs, the sitemap, robots.txt and JSON-LD are absolute and use it;
 * every other link in the pages is root-relative, so the pages also work on any other host.
 */

/** What `npm start` serves by default, used when SITE_ORIGIN is not set: a local build, never a deploy (see deploy-check.ts). */
export const LOCAL_ORIGIN = 'http://localhost:8787';

/** The origin `npm start` serves on, which honours PORT as it does. */
export function localOrigin(port: string | undefined): string {
  return port && /^\d{1,5}$/.test(port) ? `http://localhost:${port}` : LOCAL_ORIGIN;
}

export interface SiteOrigin {
  origin: string;
  /** False when the build fell back to {@link LOCAL_ORIGIN}. */
  configured: boolean;
}

/** True for localhost, 127.x and [::1]: origins that must never appear in a deployed page. */
export function isLocalOrigin(origin: string): boolean {
  const { hostname } = new URL(origin);
  return hostname === 'localhost' || hostname.endsWith('.localhost') || /^127\./.test(hostname) || hostname === '[::1]';
}

/**
 * Reads and checks SITE_ORIGIN: an origin only (scheme and host, no path, query or fragment),
 * https unless local. Throws with what is wrong, so a mistyped value fails the build.
 */
export function resolveSiteOrigin(value: string | undefined, port?: string): SiteOrigin {
  if (value === undefined || value.trim() === '') return { origin: localOrigin(port), configured: false };
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new Error(`SITE_ORIGIN=${JSON.stringify(value)} is not a URL; give an origin such as https://clusters.example.org`);
  }
  if (url.origin === 'null' || (url.pathname !== '/' && url.pathname !== '') || url.search || url.hash || url.username) {
    throw new Error(`SITE_ORIGIN=${JSON.stringify(value)} must be an origin only (scheme and host, no path), such as https://clusters.example.org`);
  }
  if (url.protocol !== 'https:' && !isLocalOrigin(url.origin)) {
    throw new Error(`SITE_ORIGIN=${JSON.stringify(value)} must use https (http only for localhost)`);
  }
  return { origin: url.origin, configured: true };
}

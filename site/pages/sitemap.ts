/** sitemap.xml (every page, absolute URLs) and robots.txt, which names it. */
import { escapeHtml } from './html';

export function sitemapXml(origin: string, paths: readonly string[], lastmod: string): string {
  const urls = paths.map((path) => `  <url><loc>${escapeHtml(`${origin}${path}`)}</loc><lastmod>${lastmod}</lastmod></url>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
}

/** Crawlers may read every page; the API's data URLs are for programs, and the pages link the same data. */
export function robotsTxt(origin: string): string {
  return `User-agent: *\nAllow: /\nDisallow: /api/v1/\n\nSitemap: ${origin}/sitemap.xml\n`;
}

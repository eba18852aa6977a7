/**
 * The `_headers` rules of the pages: a Content-Security-Policy that allows their one stylesheet
 * and, by hash, the record pages' one inline script, and nothing else (defence in depth on top of
 * the escaping templates), plus nosniff.
 */
import { createHash } from 'node:crypto';
import { RECORD_PAGES_PATH } from '../../core/contract';
import { TODAY_SCRIPT } from './cluster-page';
import type { SafeHtml } from './html';
import { STATS_PATH } from './site-model';

/** The URL patterns of the generated pages (404.html is served under any path, and has no script). */
export const PAGE_PATTERNS = [`${RECORD_PAGES_PATH}/*`, '/provinces/*', '/cities/*', '/years/*', STATS_PATH];

/** `'sha256-…'` of an inline `<script>…</script>`'s text, as CSP's script-src takes it. */
export function inlineScriptHash(script: SafeHtml): string {
  const source = /^<script>([\s\S]*)<\/script>$/.exec(String(script))?.[1];
  if (source === undefined) throw new Error('expected one inline <script> element');
  return `'sha256-${createHash('sha256').update(source).digest('base64')}'`;
}

export function pagesContentSecurityPolicy(): string {
  return `default-src 'none'; style-src 'self'; script-src ${inlineScriptHash(TODAY_SCRIPT)}; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`;
}

export function pagesHeaderRules(): string {
  const policy = pagesContentSecurityPolicy();
  return PAGE_PATTERNS.map((pattern) => `\n${pattern}\n  Content-Security-Policy: ${policy}\n  X-Content-Type-Options: nosniff\n`).join('');
}

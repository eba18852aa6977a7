import type { UnparsedLine } from './parse-list';
import { normalizeName } from './normalize';

/** What the trailer of a list says about one notice. */
export interface TrailerNotice {
  year: number;
  title: string;
  /** Notice page, unwrapped from the MIIT search redirect. */
  url: string | null;
  pdfUrl: string | null;
}

const NOTICE_TITLE = /(\d{4})\s*年度/u;

/**
 * Turns a MIIT site-search redirect (`…/search-front-server/visit/link?url=/jgsj/…&websiteid=…`)
 * into the page it points to on the same host; other URLs are returned unchanged. The redirect
 * only exists because the links were copied from search results: the target is the notice page.
 */
export function unwrapMiitLink(href: string): string {
  const url = new URL(href);
  const target = url.pathname.endsWith('/visit/link') ? url.searchParams.get('url') : null;
  return target?.startsWith('/') ? new URL(target, url.origin).href : href;
}

/**
 * Reads the trailer of a list: notice titles each followed by its PDF, then a block of URLs in
 * which each notice's page URL (possibly repeated) precedes the same PDF URL. Titles are
 * normalised like names (the extraction spaced out the year: "关于 2024 年度").
 */
export function parseNoticeTrailer(trailer: readonly UnparsedLine[]): TrailerNotice[] {
  const notices: TrailerNotice[] = [];
  let pendingTitle: TrailerNotice | null = null;
  let pendingPages: string[] = [];
  for (const { text } of trailer) {
    if (!/^https?:\/\//u.test(text)) {
      const year = NOTICE_TITLE.exec(text)?.[1];
      if (year === undefined) continue;
      pendingTitle = { year: Number(year), title: normalizeName(text), url: null, pdfUrl: null };
      notices.push(pendingTitle);
      continue;
    }
    if (!/\.pdf$/iu.test(text)) {
      pendingPages.push(unwrapMiitLink(text));
      continue;
    }
    if (pendingTitle !== null && pendingTitle.pdfUrl === null) {
      pendingTitle.pdfUrl = text;
      pendingTitle = null;
      continue;
    }
    const owner = notices.find((notice) => notice.pdfUrl === text);
    if (owner && pendingPages.length > 0) owner.url ??= pendingPages[0]!;
    pendingPages = [];
  }
  return notices;
}

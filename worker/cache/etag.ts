/**
 * A strong entity tag for the representation named by `key` (route + canonical query) in dataset
 * `version`, made by the code of build `buildId`. It is derived without rendering, so a
 * conditional request can be answered with a 304 before any body is built. Key, dataset version
 * and code determine the bytes: a deploy that changes an answer (a ranking fix) changes the build
 * id, so a tag the old code handed out never matches again.
 */
export function entityTag(key: string, version: string, buildId: string): string {
  return contentTag(`${buildId}\n${version}\n${key}`);
}

/** A strong entity tag naming exactly `text` (a static document hashes its own body). */
export function contentTag(text: string): string {
  return `"${hash53(text).toString(36)}"`;
}

/**
 * Whether an `If-None-Match` field value matches `etag`, by weak comparison as RFC 9110 §13.1.2
 * requires: `*` matches any current representation; otherwise any listed tag whose opaque part
 * equals ours matches, with or without `W/`.
 */
export function ifNoneMatchMatches(fieldValue: string | undefined | null, etag: string): boolean {
  if (!fieldValue) return false;
  if (fieldValue.trim() === '*') return true;
  const opaque = stripWeak(etag);
  for (const match of fieldValue.matchAll(ENTITY_TAG)) {
    if (match[1] === opaque) return true;
  }
  return false;
}

// An entity-tag inside a list: optional W/, then a quoted run of etagc (which may include commas).
const ENTITY_TAG = /(?:W\/)?("[^"]*")/g;

const stripWeak = (etag: string) => (etag.startsWith('W/') ? etag.slice(2) : etag);

// cyrb53 (public domain): a fast 53-bit string hash, plenty for naming a few thousand keys per
// dataset version without collisions; not a security boundary.
function hash53(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

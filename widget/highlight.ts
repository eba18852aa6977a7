/** A run of text, marked when it matched a search term. */
export interface Segment {
  text: string;
  mark: boolean;
}

/**
 * The search terms of a `q` value, as the API splits them: NFKC (full-width → half-width),
 * whitespace including U+3000 separates terms.
 */
export function searchTerms(q: string): string[] {
  return q
    .normalize('NFKC')
    .toLowerCase()
    .split(/\s+/u)
    .filter((term) => term.length > 0);
}

/**
 * Splits `text` into segments so that every literal, case-insensitive occurrence of a term is
 * marked. Pinyin matches have no literal occurrence and stay unmarked. The result is rendered
 * as text nodes and `<mark>` elements, never as an HTML string.
 */
export function highlightSegments(text: string, terms: readonly string[]): Segment[] {
  const haystack = text.toLowerCase();
  // Case mapping can change string length (e.g. "İ"); offsets would no longer line up.
  if (terms.length === 0 || haystack.length !== text.length) return [{ text, mark: false }];
  const marked = new Uint8Array(text.length);
  for (const term of terms) {
    for (let at = haystack.indexOf(term); at !== -1; at = haystack.indexOf(term, at + 1)) {
      marked.fill(1, at, at + term.length);
    }
  }
  const segments: Segment[] = [];
  let start = 0;
  for (let i = 1; i <= text.length; i++) {
    if (i === text.length || marked[i] !== marked[start]) {
      segments.push({ text: text.slice(start, i), mark: marked[start] === 1 });
      start = i;
    }
  }
  return segments.length > 0 ? segments : [{ text, mark: false }];
}

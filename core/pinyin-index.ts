/**
 * Pinyin matching against the build-time helpers of core/record.ts, without any dictionary.
 *
 * A full-pinyin term matches when it occurs in the compact (space-free) pinyin at a syllable start;
 * it may run across syllables ("cixi" in "ci xi shi", "zhoucheng" in "zhou cheng") but may not
 * start mid-syllable ("ixi" matches nothing). An initials term matches anywhere in the initials
 * ("cx" in "cxs"). Everything here is computed once per dataset, the syllable starts only for
 * records a term could match.
 */
export interface PinyinIndex {
  /** Syllables concatenated: "cixishi". */
  compact: string;
  /**
   * 1 at every index of `compact` where a syllable starts, and at `compact.length`. Built on the
   * first candidate match (see {@link syllableStarts}): most records never match a given term.
   */
  starts: Uint8Array | null;
  /** The folded full pinyin, syllables separated by spaces, which `starts` is built from. */
  syllables: string;
  /** First letters: "cxs". */
  initials: string;
}

/**
 * Builds the index of a full pinyin string ("ci xi shi") and its initials ("cxs"). Cheap on
 * purpose: a dataset builds 900 of these on its first search, in a cold isolate.
 */
export function buildPinyinIndex(fullPinyin: string, initials: string): PinyinIndex {
  const syllables = fold(fullPinyin);
  const compact = syllables.includes(' ') ? syllables.replace(/ +/g, '') : syllables;
  const foldedInitials = fold(initials);
  return {
    compact,
    starts: null,
    syllables,
    initials: WHITESPACE.test(foldedInitials) ? foldedInitials.replace(/\s+/g, '') : foldedInitials,
  };
}

/** The syllable starts of an index, built once, in one pass over its syllables. */
export function syllableStarts(index: PinyinIndex): Uint8Array {
  if (index.starts) return index.starts;
  const { syllables } = index;
  const starts = new Uint8Array(index.compact.length + 1);
  let at = 0;
  let inSyllable = false;
  for (let i = 0; i < syllables.length; i++) {
    if (syllables.charCodeAt(i) === SPACE) {
      inSyllable = false;
      continue;
    }
    if (!inSyllable) starts[at] = 1;
    inSyllable = true;
    at++;
  }
  starts[at] = 1;
  index.starts = starts;
  return starts;
}

const SPACE = 0x20;
const WHITESPACE = /\s/;

/** Lower case, and `ü` becomes `v`, the way pinyin input methods type it. */
function fold(pinyin: string): string {
  const lower = pinyin.toLowerCase();
  return lower.includes('ü') ? lower.replace(/ü/g, 'v') : lower;
}

/** How well a term matched: not at all, partly (ends mid-syllable, or initials only), or in whole syllables. */
export const PINYIN_NONE = 0;
export const PINYIN_PARTIAL = 1;
export const PINYIN_WHOLE = 2;

/**
 * Matches a lower-case ASCII-letter term against the full pinyin or the initials. "cixi" is a
 * whole match in "ci xi shi" (慈溪市) but only a partial one in "ci xing" (磁性), which lets ranking
 * put the place the user spelled out first.
 */
export function matchPinyin(index: PinyinIndex, term: string): number {
  const { compact } = index;
  let found = PINYIN_NONE;
  for (let at = compact.indexOf(term); at !== -1; at = compact.indexOf(term, at + 1)) {
    const starts = syllableStarts(index);
    if (starts[at] !== 1) continue;
    if (starts[at + term.length] === 1) return PINYIN_WHOLE;
    found = PINYIN_PARTIAL;
  }
  return found === PINYIN_NONE && index.initials.includes(term) ? PINYIN_PARTIAL : found;
}

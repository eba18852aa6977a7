/**
 * Pinyin matching against the build-time helpers of core/record.ts, without any dictionary.
 *
 * A full-pinyin term matches when it occurs in the compact (space-free) pinyin at a syllable start;
 * it may run across syllables ("cixi" in "ci xi shi", "zhoucheng" in "zhou cheng") but may not
 * start mid-syllable ("ixi" matches nothing). An initials term matches anywhere in the initials
 * ("cx" in "cxs"). Everything here is computed once per dataset.
 */
export interface PinyinIndex {
  /** Syllables concatenated: "cixishi". */
  compact: string;
  /** 1 at every index of `compact` where a syllable starts. */
  starts: Uint8Array;
  /** First letters: "cxs". */
  initials: string;
}

/** Builds the index of a full pinyin string ("ci xi shi") and its initials ("cxs"). */
export function buildPinyinIndex(fullPinyin: string, initials: string): PinyinIndex {
  const syllables = fold(fullPinyin).split(' ').filter((s) => s !== '');
  const compact = syllables.join('');
  const starts = new Uint8Array(compact.length);
  let at = 0;
  for (const syllable of syllables) {
    starts[at] = 1;
    at += syllable.length;
  }
  return { compact, starts, initials: fold(initials).replace(/\s+/g, '') };
}

/** `ü` becomes `v`, the way pinyin input methods type it. */
function fold(pinyin: string): string {
  return pinyin.toLowerCase().replace(/ü/g, 'v');
}

/** True when the lower-case ASCII-letter `term` matches the full pinyin or the initials. */
export function matchesPinyin(index: PinyinIndex, term: string): boolean {
  const { compact, starts } = index;
  for (let at = compact.indexOf(term); at !== -1; at = compact.indexOf(term, at + 1)) {
    if (starts[at] === 1) return true;
  }
  return index.initials.includes(term);
}

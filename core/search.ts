import { searchTextOf, type IndexedRecord } from './dataset';
import { PINYIN_NONE, PINYIN_WHOLE, matchPinyin, type PinyinIndex } from './pinyin-index';
import type { SearchText } from './search-text';

/** Weights of the field a term matched in; per term the best one counts. */
export const FIELD_WEIGHTS = { industry: 3, name: 2, place: 1 } as const;

/** A search term prepared once per request. */
export interface CompiledTerm {
  text: string;
  /** Only lower-case ASCII letters: also tried as pinyin (full or initials). */
  pinyin: boolean;
}

const PINYIN_TERM = /^[a-z]+$/;

/** Prepares the terms of a filter once per request, so no regular expression runs per record. */
export function compileTerms(terms: readonly string[]): CompiledTerm[] {
  return terms.map((text) => ({ text, pinyin: PINYIN_TERM.test(text) }));
}

/**
 * Relevance of a record for the terms: 0 when any term misses (terms combine with AND), else the
 * sum over terms of the best field weight they hit (industry 3 > name 2 > place 1).
 *
 * A term hits a field by case-insensitive substring or, for ASCII-letter terms, by pinyin. A hit
 * counts fully when it is a substring or spans whole syllables, and half when it is pinyin that
 * ends mid-syllable or initials only: "cixi" ranks 慈溪市 (ci xi) above 磁性材料 (ci xing), even
 * though the latter is an industry hit. Scores are in half-units so they stay integers.
 */
export function scoreRecord(entry: IndexedRecord, terms: readonly CompiledTerm[]): number {
  const text = searchTextOf(entry);
  let score = 0;
  for (const term of terms) {
    const weight = termScore(text, term);
    if (weight === 0) return 0;
    score += weight;
  }
  return score;
}

const FULL = 2;
const HALF = 1;

function termScore(entry: SearchText, term: CompiledTerm): number {
  const industry = fieldQuality(entry.industry, entry.industryPinyin, term) * FIELD_WEIGHTS.industry;
  if (industry === FULL * FIELD_WEIGHTS.industry) return industry;
  const name = fieldQuality(entry.name, entry.namePinyin, term) * FIELD_WEIGHTS.name;
  const place = fieldQuality(entry.place, entry.placePinyin, term) * FIELD_WEIGHTS.place;
  return Math.max(industry, name, place);
}

function fieldQuality(text: string, pinyin: PinyinIndex, term: CompiledTerm): number {
  if (text.includes(term.text)) return FULL;
  if (!term.pinyin) return 0;
  const match = matchPinyin(pinyin, term.text);
  return match === PINYIN_WHOLE ? FULL : match === PINYIN_NONE ? 0 : HALF;
}

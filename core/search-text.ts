import { buildPinyinIndex, type PinyinIndex } from './pinyin-index';
import type { ClusterRecord, SearchHelpers } from './record';
import { foldAscii, normalizeText } from './text';

/** What a search compares a record against: normalized haystacks and pinyin indexes. Internal to core. */
export interface SearchText {
  name: string;
  industry: string;
  /** Province, city, county and town, newline-separated (no search term contains a newline). */
  place: string;
  namePinyin: PinyinIndex;
  industryPinyin: PinyinIndex;
  placePinyin: PinyinIndex;
}

/**
 * Builds a record's search text from the record and its build-time pinyin helpers. Done on the
 * first search (or name sort) of a dataset, not when it loads: most requests filter by place or
 * year and never need it, and a cold isolate's first request must stay within its CPU budget.
 */
export function buildSearchText(record: ClusterRecord, helpers: SearchHelpers): SearchText {
  return {
    name: haystack(record.name),
    industry: haystack(record.industry),
    place: [record.province, record.city, record.county, record.town]
      .filter((part) => part !== null)
      .map(haystack)
      .join('\n'),
    namePinyin: buildPinyinIndex(helpers.namePinyin, helpers.nameInitials),
    industryPinyin: buildPinyinIndex(helpers.industryPinyin, helpers.industryInitials),
    placePinyin: buildPinyinIndex(helpers.placePinyin, helpers.placeInitials),
  };
}

function haystack(value: string): string {
  return foldAscii(normalizeText(value));
}

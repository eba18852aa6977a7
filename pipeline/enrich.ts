import type { SearchableRecord, SearchHelpers } from '../core/record';
import type { Notice } from '../core/notice';
import type { Classifier } from './classify';
import type { DivisionTable } from './division-table';
import type { RawEntry } from './parse-list';
import { industryOf } from './industry';
import { fullPinyin, initials } from './pinyin';
import { resolvePlace } from './resolve-place';

export type EnrichResult = { ok: true; record: SearchableRecord } | { ok: false; message: string };

/**
 * Turns a parsed entry into a full record: place resolved against the division table, industry
 * split off and classified (GB/T 4754-2017, derived), batch and source URL from its year's notice,
 * pinyin search helpers computed.
 */
export function enrichEntry(entry: RawEntry, notice: Notice, table: DivisionTable, classifier: Classifier): EnrichResult {
  const resolved = resolvePlace(entry.name, table);
  if (!resolved.ok) return resolved;
  const industry = industryOf(resolved.rest);
  if (industry === null) {
    return { ok: false, message: `"${entry.name}": no industry before a 产业集群 / 业集群 suffix after the place` };
  }
  const classified = classifier.classify(entry.id, industry);
  if (!classified.ok) return { ok: false, message: `"${entry.name}": ${classified.message}` };
  const { place, segments, rest } = resolved;
  const record = {
    id: entry.id,
    year: entry.year,
    batch: notice.batch,
    seq: entry.seq,
    name: entry.name,
    industry,
    province: place.province,
    provinceCode: place.provinceCode,
    city: place.city,
    county: place.county,
    town: place.town,
    adcode: place.adcode,
    submittedBy: place.submittedBy,
    sourceUrl: notice.url,
    ...classified.value.fields,
  };
  const placeParts = [place.province, place.city, place.county, place.town].filter((part) => part !== null);
  return { ok: true, record: { ...record, search: searchHelpers([...segments, rest], industry, placeParts) } };
}

// Names and places are converted unit by unit: word segmentation across a boundary reads
// 湖南省长沙县 as 省长 (shěng zhǎng, governor) + 沙县.
function searchHelpers(nameParts: readonly string[], industry: string, place: readonly string[]): SearchHelpers {
  return {
    namePinyin: nameParts.map(fullPinyin).join(' '),
    nameInitials: nameParts.map(initials).join(''),
    industryPinyin: fullPinyin(industry),
    industryInitials: initials(industry),
    placePinyin: place.map(fullPinyin).join(' '),
    placeInitials: place.map(initials).join(''),
  };
}

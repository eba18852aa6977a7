import { pinyin } from 'pinyin-pro';

/** The fields of a public record the query generator draws values from. */
export interface RecordSample {
  id: number;
  name: string;
  industry: string;
  province: string;
  city: string | null;
  year: number;
}

/** Values that real queries use, taken from the dataset itself. */
export interface QueryVocabulary {
  provinces: string[];
  yearSets: string[];
  terms: string[];
}

const MAX_TERMS = 60;
const MAX_LIMIT = 100;

function subsets<T>(items: readonly T[]): T[][] {
  const result: T[][] = [];
  for (let mask = 1; mask < 1 << items.length; mask++) {
    result.push(items.filter((_, index) => (mask & (1 << index)) !== 0));
  }
  return result;
}

function pinyinForms(term: string): string[] {
  const syllables = pinyin(term, { toneType: 'none', type: 'array' });
  return [syllables.join(''), syllables.map((syllable) => syllable[0] ?? '').join('')];
}

function searchTerms(records: readonly RecordSample[]): string[] {
  const chinese = new Set<string>();
  for (const record of records) {
    chinese.add(record.name.slice(0, 2));
    chinese.add(record.industry.slice(0, 2));
    if (record.city) chinese.add(record.city.replace(/市$/, ''));
  }
  const picked = [...chinese].slice(0, MAX_TERMS / 2);
  // Pinyin (full and initials) takes the search helpers' path, which real readers use too.
  const romanized = picked.slice(0, MAX_TERMS / 4).flatMap(pinyinForms);
  return [...new Set([...picked, ...romanized].map((term) => term.toLowerCase()))].filter((term) => term.length > 0);
}

/** Provinces, year combinations and search terms (Chinese, pinyin, initials) found in the records. */
export function vocabularyOf(records: readonly RecordSample[]): QueryVocabulary {
  const years = [...new Set(records.map((record) => record.year))].sort();
  return {
    provinces: [...new Set(records.map((record) => record.province))],
    yearSets: subsets(years).map((set) => set.join(',')),
    terms: searchTerms(records),
  };
}

function page(index: number): string {
  const limit = 1 + (index % MAX_LIMIT);
  const offset = Math.floor(index / MAX_LIMIT);
  return `limit=${limit}&offset=${offset}`;
}

/**
 * An endless stream of `/api/v1/clusters` paths, already percent-encoded, no two of which share a
 * canonical query: each is a response-memo miss. Three shapes take turns: a keyword search, a
 * province + years browse, and a keyword search inside a province; within a shape, a mixed-radix
 * counter walks every value combination before the page (limit, offset) changes.
 */
export function uniqueQueryStream(vocabulary: QueryVocabulary): () => string {
  const provinces = vocabulary.provinces.map(encodeURIComponent);
  const yearSets = vocabulary.yearSets.map(encodeURIComponent);
  const terms = vocabulary.terms.map(encodeURIComponent);
  const shapes: ((n: number) => string)[] = [
    (n) => `q=${terms[n % terms.length]}&${page(Math.floor(n / terms.length))}`,
    (n) =>
      `province=${provinces[n % provinces.length]}&year=${yearSets[Math.floor(n / provinces.length) % yearSets.length]}` +
      `&${page(Math.floor(n / (provinces.length * yearSets.length)))}`,
    (n) =>
      `province=${provinces[n % provinces.length]}&q=${terms[Math.floor(n / provinces.length) % terms.length]}` +
      `&${page(Math.floor(n / (provinces.length * terms.length)))}`,
  ];
  let counter = 0;
  return () => {
    const n = counter++;
    return `/api/v1/clusters?${shapes[n % shapes.length]!(Math.floor(n / shapes.length))}`;
  };
}

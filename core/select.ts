import type { Dataset, IndexedRecord } from './dataset';
import { compileFilter } from './filter';
import type { ClusterQuery } from './query';
import type { ClusterRecord } from './record';

/** One page of matches and the full match count. */
export interface Selection {
  total: number;
  rows: ClusterRecord[];
}

/**
 * Applies a query: filters, orders and pages. Public fields only. With `q` and no `sort`, rows are
 * ranked by relevance (industry hit 3 > name hit 2 > place hit 1 per term, summed), ties by id;
 * otherwise they follow the precomputed sort order, so no request sorts unless it ranks.
 */
export function selectClusters(dataset: Dataset, query: ClusterQuery): Selection {
  const filter = compileFilter(dataset, query);
  const { entries } = dataset.index;
  const end = query.offset + query.limit;

  if (filter.hasSearch && query.sort === null) {
    const hits: Array<{ entry: IndexedRecord; score: number }> = [];
    for (const entry of entries) {
      const score = filter.rank(entry);
      if (score > 0) hits.push({ entry, score });
    }
    hits.sort((a, b) => b.score - a.score || a.entry.record.id - b.entry.record.id);
    return { total: hits.length, rows: hits.slice(query.offset, end).map((hit) => hit.entry.record) };
  }

  const order = dataset.index.order(query.sort ?? 'id');
  const rows: ClusterRecord[] = [];
  let total = 0;
  for (const position of order) {
    const entry = entries[position];
    if (entry === undefined || filter.rank(entry) === 0) continue;
    if (total >= query.offset && total < end) rows.push(entry.record);
    total++;
  }
  return { total, rows };
}

/** The record with this id, or undefined. */
export function getCluster(dataset: Dataset, id: number): ClusterRecord | undefined {
  return dataset.index.byId.get(id);
}

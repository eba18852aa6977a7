import type { Dataset } from './dataset';
import { compileFilter } from './filter';
import type { ClusterFilter } from './query';
import { compareStrings } from './text';

/** One submitting unit (a province, a 计划单列市 or 新疆生产建设兵团) and its clusters. */
export interface SubmitterCount {
  /** Full name, e.g. 宁波市. */
  value: string;
  count: number;
}

/**
 * Counts by submitting unit, sorted by count descending, ties by name. Like each facet of
 * `computeFacets`, it ignores its own dimension's filter (`submittedBy`) and applies all the
 * others, so it says what each submitter would give.
 */
export function countBySubmitter(dataset: Dataset, filter: ClusterFilter): SubmitterCount[] {
  const compiled = compileFilter(dataset, { ...filter, submittedBy: null });
  const counts = new Map<string, number>();
  for (const entry of dataset.index.entries) {
    if (compiled.rank(entry) === 0) continue;
    const { submittedBy } = entry.record;
    counts.set(submittedBy, (counts.get(submittedBy) ?? 0) + 1);
  }
  return [...counts].map(([value, count]) => ({ value, count })).sort((a, b) => b.count - a.count || compareStrings(a.value, b.value));
}

import type { SearchableRecord } from '../core/record';
import type { Notice } from '../core/notice';
import type { Classifier } from './classify';
import type { DivisionTable } from './division-table';
import type { Problem } from './problem';
import { enrichEntry } from './enrich';
import { parseList } from './parse-list';

/** What a list is checked against. */
export interface ListContext {
  file: string;
  years: readonly number[];
  perYear: number;
  notices: readonly Notice[];
  /** Records of the lists before this one (ids continue from theirs; names must not repeat). */
  existing: readonly SearchableRecord[];
  table: DivisionTable;
  classifier: Classifier;
}

/**
 * Parses, checks and enriches one list. Collects every problem rather than stopping at the first,
 * so one run tells the maintainer everything to fix: unparseable lines, years outside the list's
 * years, unknown or ambiguous places, duplicate names (within the list and against earlier years),
 * id and seq sequences, the count per year, and industries no classification rule covers.
 */
export function validateList(text: string, context: ListContext): { records: SearchableRecord[]; problems: Problem[] } {
  const { file } = context;
  const problems: Problem[] = [];
  const problem = (line: number | null, message: string) => problems.push({ file, line, message });
  const parsed = parseList(text);
  for (const { line, text: content } of parsed.unparsed) problem(line, `unparseable line: "${content}" (expected "总序号 名称 年度 序号")`);

  const records: SearchableRecord[] = [];
  const names = new Map(context.existing.map((r) => [r.name, `id ${r.id}, ${r.year}`]));
  let expectedId = Math.max(0, ...context.existing.map((r) => r.id)) + 1;
  const nextSeq = new Map<number, number>();
  const counts = new Map<number, number>();

  for (const entry of parsed.entries) {
    const { line } = entry;
    if (entry.id !== expectedId) problem(line, `id ${entry.id} does not continue the sequence: expected ${expectedId}`);
    expectedId = entry.id + 1;
    if (!context.years.includes(entry.year)) {
      problem(line, `year column ${entry.year} is not a year of this list (${context.years.join(', ')})`);
      continue;
    }
    counts.set(entry.year, (counts.get(entry.year) ?? 0) + 1);
    const seq = nextSeq.get(entry.year) ?? 1;
    if (entry.seq !== seq) problem(line, `序号 ${entry.seq} of ${entry.year}: expected ${seq}`);
    nextSeq.set(entry.year, entry.seq + 1);
    const earlier = names.get(entry.name);
    if (earlier !== undefined) problem(line, `duplicate name "${entry.name}" (already ${earlier})`);
    names.set(entry.name, `id ${entry.id}, line ${line}`);
    const notice = context.notices.find((n) => n.year === entry.year);
    if (!notice) continue;
    const enriched = enrichEntry(entry, notice, context.table, context.classifier);
    if (enriched.ok) records.push(enriched.record);
    else problem(line, enriched.message);
  }

  for (const year of context.years) {
    if (!context.notices.some((n) => n.year === year)) problem(null, `no notice for ${year} in notices`);
    const count = counts.get(year) ?? 0;
    if (count !== context.perYear) problem(null, `${year} has ${count} entries, expected ${context.perYear}`);
  }
  return { records, problems };
}

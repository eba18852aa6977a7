import type { IndustryStandard } from './industry-standard';
import type { Problem } from './problem';

/** data/industry-rules.tsv and data/industry-decisions.tsv, the hand-kept inputs of the classification. */
export const RULES_FILE = 'industry-rules.tsv';
export const DECISIONS_FILE = 'industry-decisions.tsv';

/** A keyword rule: an industry text containing `keyword` gets these divisions. */
export interface IndustryRule {
  /** 1-based line in data/industry-rules.tsv: the rule's name in the classification's basis. */
  line: number;
  /** 1 decides before 2, 2 before 3; within a tier the longer keyword, then the earlier line. */
  tier: number;
  keyword: string;
  division: string;
  secondary: string | null;
  why: string;
}

/** A reviewed decision for one cluster, overriding the rules. */
export interface IndustryDecision {
  line: number;
  id: number;
  /** The cluster's industry text as the decision was made for it: a changed text voids the decision. */
  industry: string;
  division: string;
  secondary: string | null;
  reason: string;
}

/** The data lines of a TSV file: `#` comments, blank lines and the header row skipped. */
function dataRows(text: string, header: string): { line: number; cells: string[] }[] {
  const rows: { line: number; cells: string[] }[] = [];
  text.split(/\r?\n/u).forEach((raw, index) => {
    if (raw.trim() === '' || raw.startsWith('#') || raw.startsWith(header)) return;
    rows.push({ line: index + 1, cells: raw.split('\t') });
  });
  return rows;
}

function checkDivisions(division: string, secondary: string, standard: IndustryStandard): string | null {
  if (!standard.divisions.has(division)) return `division "${division}" is not a 大类 of GB/T 4754-2017 (01–97)`;
  if (secondary !== '-' && !standard.divisions.has(secondary))
    return `secondary division "${secondary}" is not a 大类 of GB/T 4754-2017 (01–97, or - for none)`;
  if (secondary === division) return `secondary division ${secondary} repeats the primary`;
  return null;
}

/** Parses the rule table; every malformed line is a problem with its line number. */
export function parseRules(text: string, standard: IndustryStandard): { rules: IndustryRule[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const rules: IndustryRule[] = [];
  const seen = new Map<string, number>();
  for (const { line, cells } of dataRows(text, 'tier\t')) {
    const problem = (message: string) => problems.push({ file: `data/${RULES_FILE}`, line, message });
    const [tier = '', keyword = '', division = '', secondary = '', why = ''] = cells;
    if (cells.length !== 5) {
      problem(`expected 5 tab-separated columns (tier, keyword, division, secondary, why), got ${cells.length}`);
      continue;
    }
    if (!/^[123]$/u.test(tier)) problem(`tier must be 1, 2 or 3, got "${tier}"`);
    if (keyword.trim() === '' || keyword !== keyword.trim()) problem('keyword must be non-empty, without surrounding spaces');
    const divisions = checkDivisions(division, secondary, standard);
    if (divisions !== null) problem(divisions);
    if (why.trim() === '') problem('every rule says why');
    const earlier = seen.get(keyword);
    if (earlier !== undefined) problem(`keyword "${keyword}" is already the rule of line ${earlier}`);
    seen.set(keyword, line);
    rules.push({ line, tier: Number(tier), keyword, division, secondary: secondary === '-' ? null : secondary, why });
  }
  return { rules, problems };
}

/** Parses the per-cluster decisions; each cluster at most once. */
export function parseDecisions(text: string, standard: IndustryStandard): { decisions: IndustryDecision[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const decisions: IndustryDecision[] = [];
  const seen = new Map<number, number>();
  for (const { line, cells } of dataRows(text, 'id\t')) {
    const problem = (message: string) => problems.push({ file: `data/${DECISIONS_FILE}`, line, message });
    const [id = '', industry = '', division = '', secondary = '', reason = ''] = cells;
    if (cells.length !== 5) {
      problem(`expected 5 tab-separated columns (id, industry, division, secondary, reason), got ${cells.length}`);
      continue;
    }
    if (!/^[1-9][0-9]*$/u.test(id)) problem(`id must be a cluster's 总序号, got "${id}"`);
    const divisions = checkDivisions(division, secondary, standard);
    if (divisions !== null) problem(divisions);
    if (reason.trim() === '') problem('every decision gives its reason');
    const earlier = seen.get(Number(id));
    if (earlier !== undefined) problem(`cluster ${id} already has the decision of line ${earlier}`);
    seen.set(Number(id), line);
    decisions.push({ line, id: Number(id), industry, division, secondary: secondary === '-' ? null : secondary, reason });
  }
  return { decisions, problems };
}

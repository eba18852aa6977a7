import type { ClusterRecord } from '../core/record';
import { DECISIONS_FILE, RULES_FILE, parseDecisions, parseRules, type IndustryDecision, type IndustryRule } from './industry-rules';
import { parseStandard, type IndustryStandard } from './industry-standard';
import type { Problem } from './problem';

/** The classification's record fields. */
export type ClassificationFields = Pick<ClusterRecord, 'section' | 'sectionName' | 'division' | 'divisionName' | 'secondaryDivision' | 'secondaryDivisionName'>;

/** A cluster's classification and what decided it. */
export interface Classification {
  fields: ClassificationFields;
  /** `rule 12 “轴承”: why`, or `decision: reason`: the basis column of data/industry-classification.tsv. */
  basis: string;
}

/** The raw texts the classification is made from (data/gbt4754-2017.json and the two TSV files). */
export interface ClassificationInputs {
  standard: string;
  rules: string;
  decisions: string;
}

export type ClassifyResult = { ok: true; value: Classification } | { ok: false; message: string };

/** Classifies clusters by the decisions, then the rules; built once per pipeline run. */
export interface Classifier {
  standard: IndustryStandard;
  classify(id: number, industry: string): ClassifyResult;
  /** Decisions whose cluster does not exist or whose industry text is not the cluster's: stale reviews. */
  staleDecisions(records: readonly ClusterRecord[]): Problem[];
}

/** Orders rules by precedence: tier, then longer keyword, then earlier line. */
function byPrecedence(a: IndustryRule, b: IndustryRule): number {
  return a.tier - b.tier || [...b.keyword].length - [...a.keyword].length || a.line - b.line;
}

/** Parses the three inputs; problems (line-numbered) instead of a classifier when any is malformed. */
export function createClassifier(inputs: ClassificationInputs): { ok: true; classifier: Classifier } | { ok: false; problems: Problem[] } {
  const { standard, problems } = parseStandard(inputs.standard);
  const rules = parseRules(inputs.rules, standard);
  const decisions = parseDecisions(inputs.decisions, standard);
  const all = [...problems, ...rules.problems, ...decisions.problems];
  if (all.length > 0) return { ok: false, problems: all };
  const ordered = [...rules.rules].sort(byPrecedence);
  const byId = new Map(decisions.decisions.map((decision) => [decision.id, decision]));

  const fields = (division: string, secondary: string | null): ClassificationFields => {
    const primary = standard.divisions.get(division)!;
    const second = secondary === null ? null : standard.divisions.get(secondary)!;
    return {
      section: primary.section,
      sectionName: standard.sections.get(primary.section)!,
      division,
      divisionName: primary.name,
      secondaryDivision: second?.code ?? null,
      secondaryDivisionName: second?.name ?? null,
    };
  };

  return {
    ok: true,
    classifier: {
      standard,
      classify(id, industry) {
        const decision = byId.get(id);
        if (decision && decision.industry === industry) {
          return { ok: true, value: { fields: fields(decision.division, decision.secondary), basis: `decision: ${decision.reason}` } };
        }
        const rule = ordered.find((candidate) => industry.includes(candidate.keyword));
        if (rule) return { ok: true, value: { fields: fields(rule.division, rule.secondary), basis: ruleBasis(rule) } };
        return {
          ok: false,
          message: `no industry rule covers "${industry}": add a keyword rule to data/${RULES_FILE} or a decision for cluster ${id} to data/${DECISIONS_FILE} (see docs/industry-classification.md)`,
        };
      },
      staleDecisions: (records) => staleDecisions(decisions.decisions, records),
    },
  };
}

function ruleBasis(rule: IndustryRule): string {
  return `rule ${rule.line} “${rule.keyword}”: ${rule.why}`;
}

function staleDecisions(decisions: readonly IndustryDecision[], records: readonly ClusterRecord[]): Problem[] {
  const byId = new Map(records.map((record) => [record.id, record]));
  return decisions.flatMap((decision): Problem[] => {
    const record = byId.get(decision.id);
    const file = `data/${DECISIONS_FILE}`;
    if (!record) return [{ file, line: decision.line, message: `no cluster has id ${decision.id}` }];
    if (record.industry !== decision.industry) {
      return [
        {
          file,
          line: decision.line,
          message: `cluster ${decision.id}'s industry is "${record.industry}", not "${decision.industry}": review the decision again`,
        },
      ];
    }
    return [];
  });
}

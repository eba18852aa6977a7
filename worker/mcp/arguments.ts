import { z } from 'zod';
import { DEFAULT_LIMIT, MAX_LIMIT, MAX_OFFSET, MAX_Q_LENGTH, MAX_YEARS, SORT_KEYS } from '../../core';

// The tools' arguments. They carry the REST API's parameter names and only the JSON types: every
// value check (length, control characters, province spellings, years, ranges) is core's, applied
// to the query string the arguments make (toQueryString), so a tool and /api/v1 answer alike.

/** Rows a search returns when `limit` is not given: fewer than the REST default, to spare a model's context. */
export const MCP_DEFAULT_LIMIT = 50;

const text = (description: string) => z.string().optional().describe(description);

/** The filters of search_clusters and count_clusters, in the order of core's FACET_PARAMS. */
export const filterShape = {
  province: text(
    'Province-level division where the cluster lies. Any spelling: full name 浙江省, short 浙江, pinyin or English (zhejiang, Inner Mongolia), or code 330000 / 33. An unknown name gets an error listing the nearest ones.',
  ),
  submittedBy: text('Submitting unit: a province (any spelling), a 计划单列市 such as 宁波, or 兵团 for 新疆生产建设兵团.'),
  city: text('Prefecture-level unit, full or short name (宁波市 or 宁波). A name matching nothing gives no rows, not an error.'),
  county: text('County-level unit, full or short name (慈溪市 or 慈溪).'),
  adcode: text('GB/T 2260 code prefix of 2–6 digits: 3302 is all of 宁波市.'),
  year: z
    .union([z.number(), z.array(z.number())])
    .optional()
    .describe(
      `Year of the MIIT notice, or several (at most ${MAX_YEARS}): 2023 or [2023, 2024]. A year without clusters gets an error listing the years that have them.`,
    ),
  section: text('Derived industry section of GB/T 4754-2017 (国民经济行业分类 门类), a letter A–T: C is manufacturing (制造业). Ours, not MIIT’s.'),
  division: text(
    'Derived primary industry division of GB/T 4754-2017 (大类), two digits 01–97: 34 通用设备制造业, 39 计算机、通信和其他电子设备制造业. Ours, not MIIT’s.',
  ),
  q: text(
    `Keyword, all terms must match (AND), at most ${MAX_Q_LENGTH} characters: Chinese (轴承), pinyin at syllable starts (zhoucheng, cixi) or initials (zc). Searches name, industry and place; without sort, rows come by relevance.`,
  ),
};

/** Arguments of search_clusters. */
export const searchShape = {
  ...filterShape,
  sort: text(`Order: ${SORT_KEYS.join(', ')} (- is descending). Default: relevance with q, else id.`),
  limit: z.number().optional().describe(`Rows to return, 1–${MAX_LIMIT}. Default ${MCP_DEFAULT_LIMIT} (the REST API's is ${DEFAULT_LIMIT}).`),
  offset: z.number().optional().describe(`Rows to skip, 0–${MAX_OFFSET}, for the next page. Default 0.`),
};

/** The dimensions count_clusters counts by. */
export const COUNT_DIMENSIONS = ['year', 'province', 'city', 'submittedBy', 'section', 'division'] as const;

/** One of {@link COUNT_DIMENSIONS}. */
export type CountDimension = (typeof COUNT_DIMENSIONS)[number];

/** Arguments of count_clusters. */
export const countShape = {
  by: z
    .enum(COUNT_DIMENSIONS)
    .describe(
      'What to count by: year, province, city (prefecture-level unit), submittedBy (submitting unit), or the derived industry section or division (GB/T 4754-2017).',
    ),
  ...filterShape,
};

/** Arguments of get_cluster. */
export const getShape = {
  id: z.number().describe('The cluster’s id (总序号), as search_clusters returns it: 1–300 for 2022–2024.'),
};

/**
 * The message for arguments a tool does not take, worded as core words an unknown parameter: which
 * names the tool accepts, and the one meant when only the case differs.
 */
export function unknownArgumentMessage(names: readonly string[], tool: string, accepted: readonly string[]): string {
  const shown = names.map((name) => Array.from(name).slice(0, 40).join(''));
  const near = shown.map((name) => accepted.find((candidate) => candidate.toLowerCase() === name.toLowerCase())).find((name) => name !== undefined);
  const quoted = shown.map((name) => `“${name}”`).join('、');
  const quotedEn = shown.map((name) => `"${name}"`).join(', ');
  return (
    `未知参数${quoted}。${near ? `您是否要找 ${near}？` : ''}${tool} 接受：${accepted.join(', ')} / ` +
    `Unknown argument ${quotedEn}.${near ? ` Did you mean ${near}?` : ''} ${tool} accepts: ${accepted.join(', ')}`
  );
}

// An object of exactly these arguments (additionalProperties: false), refusing others with that message.
function argumentsOf<Shape extends z.ZodRawShape>(tool: string, shape: Shape) {
  const accepted = Object.keys(shape);
  return z.strictObject(shape, {
    error: (issue) => (issue.code === 'unrecognized_keys' ? unknownArgumentMessage(issue.keys, tool, accepted) : undefined),
  });
}

/** The argument objects, as the tools receive them. */
export const SearchArguments = argumentsOf('search_clusters', searchShape);
export const CountArguments = argumentsOf('count_clusters', countShape);
export const GetArguments = argumentsOf('get_cluster', getShape);

type Value = string | number | readonly number[] | undefined;

/**
 * The query string of a tool's arguments, as a REST client would send it: each value percent-encoded
 * (a year list joined with commas, numbers as JavaScript writes them), names in the given order. A
 * lone surrogate, which no URL can carry, is written as the bytes WTF-8 gives it, so core refuses it
 * as it refuses those bytes in a URL (`malformed_query`).
 */
export function toQueryString(args: Partial<Record<string, Value>>, names: readonly string[]): string {
  const parts: string[] = [];
  for (const name of names) {
    const value = args[name];
    if (value === undefined) continue;
    const raw = typeof value === 'string' ? value : Array.isArray(value) ? value.join(',') : String(value);
    parts.push(`${name}=${encodeValue(raw)}`);
  }
  return parts.join('&');
}

function encodeValue(value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    // URIError: a lone surrogate. Encode code point by code point, surrogates as WTF-8.
    let encoded = '';
    for (const character of value) {
      const unit = character.charCodeAt(0);
      encoded += character.length === 1 && unit >= 0xd800 && unit <= 0xdfff ? wtf8(unit) : encodeURIComponent(character);
    }
    return encoded;
  }
}

function wtf8(unit: number): string {
  const bytes = [0xe0 | (unit >> 12), 0x80 | ((unit >> 6) & 0x3f), 0x80 | (unit & 0x3f)];
  return bytes.map((byte) => `%${byte.toString(16).toUpperCase()}`).join('');
}

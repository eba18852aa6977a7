import { normalizeName } from './normalize';

/** One entry of a published list, as printed, before any place resolution. */
export interface RawEntry {
  /** 1-based line of the text the entry was read from. */
  line: number;
  /** 总序号. */
  id: number;
  /** The name with extraction artifacts removed (see {@link normalizeName}). */
  name: string;
  /** The name exactly as extracted, for error messages. */
  rawName: string;
  /** 年度 column. */
  year: number;
  /** 序号 column. */
  seq: number;
}

/** A line of the text that belongs to no entry and is not one of the known headers. */
export interface UnparsedLine {
  line: number;
  text: string;
}

export interface ParsedList {
  entries: RawEntry[];
  unparsed: UnparsedLine[];
  /** Lines of the trailing section that names the notices (titles and URLs). */
  trailer: UnparsedLine[];
}

// 总序号, name, 年度, 序号. The name is lazy so that two entries extracted onto one line split at
// the first "year seq" pair; a year must be followed by whitespace or the end of the line.
const ENTRY = /(\d{1,5})\s+(\S.*?)\s+((?:19|20)\d{2})\s+(\d{1,3})(?=\s|$)/gu;
const COLUMN_HEADER = /^总序号\s*集群名称\s*年度\s*序号$/u;
const LIST_TITLE = /年度\s*中小企业特色产业集群名单$/u;
const TRAILER_START = /^(工业和信息化部|https?:\/\/)/u;

/**
 * Reads the text of a list as extracted from the MIIT PDF: one entry per line in the form
 * `总序号 名称 年度 序号`, with repeated page headers, blank lines, leading spaces and the odd pair
 * of entries sharing a line. Everything from the first notice title or URL after the entries is
 * the trailer. Lines that fit none of this are returned, never dropped.
 */
export function parseList(text: string): ParsedList {
  const entries: RawEntry[] = [];
  const unparsed: UnparsedLine[] = [];
  const trailer: UnparsedLine[] = [];
  const lines = text.replace(/^\uFEFF/u, '').split(/\r?\n/u);
  let inTrailer = false;
  lines.forEach((rawLine, index) => {
    const line = index + 1;
    const text = rawLine.trim();
    if (text === '') return;
    if (inTrailer || (entries.length > 0 && TRAILER_START.test(text))) {
      inTrailer = true;
      trailer.push({ line, text });
      return;
    }
    if (COLUMN_HEADER.test(text)) return;
    if (entries.length === 0 && LIST_TITLE.test(text)) return;
    const found = parseEntries(text, line);
    if (found === null) unparsed.push({ line, text });
    else entries.push(...found);
  });
  return { entries, unparsed, trailer };
}

function parseEntries(text: string, line: number): RawEntry[] | null {
  const found: RawEntry[] = [];
  let consumed = 0;
  for (const match of text.matchAll(ENTRY)) {
    if (text.slice(consumed, match.index).trim() !== '') return null;
    consumed = match.index + match[0].length;
    const [, id, rawName, year, seq] = match;
    found.push({
      line,
      id: Number(id),
      name: normalizeName(rawName!),
      rawName: rawName!,
      year: Number(year),
      seq: Number(seq),
    });
  }
  if (found.length === 0 || text.slice(consumed).trim() !== '') return null;
  return found;
}

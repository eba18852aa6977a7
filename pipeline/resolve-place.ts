import { NATIONALITY_NAMES } from '../core/place-names';
import type { ClusterRecord } from '../core/record';
import type { Division, DivisionTable, Town } from './division-table';
import { MUNICIPALITIES } from './divisions';

/** Where a cluster lies and who put it forward, resolved against the division table. */
export type Place = Pick<ClusterRecord, 'province' | 'provinceCode' | 'city' | 'county' | 'town' | 'adcode' | 'submittedBy'>;

/**
 * `segments` are the pieces of the name read as place units, as written ("湖南省", "长沙县"), so
 * that pinyin can be computed unit by unit; `rest` is the text after the place.
 */
export type PlaceResult = { ok: true; place: Place; segments: string[]; rest: string } | { ok: false; message: string };

const XPCC = '新疆生产建设兵团';
const XINJIANG = '650000';
/** 计划单列市: their clusters are submitted by the city, and the list then omits the province. */
export const PLANNED_CITIES = ['210200', '370200', '330200', '350200', '440300'];

const AUTONOMOUS = new RegExp(`^(.+?)(?:(?:${NATIONALITY_NAMES.join('|')})族)+自治(县|旗)$`, 'u');

/**
 * The ways the list may write a county: its full name, and for autonomous counties the short form
 * without the peoples (玉屏侗族自治县 → 玉屏县), which official lists often use.
 */
export function countyForms(fullName: string): string[] {
  const match = AUTONOMOUS.exec(fullName);
  return match ? [fullName, `${match[1]}${match[2]}`] : [fullName];
}

// Text that looks like a county-level or lower unit the table does not know ("金普新区"), right
// after a prefecture or municipality. Reading it as part of the industry would be a silent guess.
const UNIT_LIKE = /^\p{Script=Han}{1,6}?(新区|区|县|旗|镇|乡|街道|办事处)/u;

const shortName = (name: string): string => name.replace(/市$/u, '');

interface Reading {
  prefecture: Division | null;
  county: Division | null;
  town: Town | null;
  /** Lengths of the prefecture, county and town as written (0 when absent). */
  lengths: [number, number, number];
  consumed: number;
}

interface Scope {
  province: Division;
  submittedBy: string;
  /** The province or 新疆生产建设兵团 as written; empty for a 计划单列市. */
  head: string;
  rest: string;
  /** Fixed prefecture (a 计划单列市) and how it was written. */
  prefecture?: { division: Division; length: number; short: boolean };
}

/**
 * Resolves the place at the start of a cluster name: `province [prefecture] [county] [town]`, or a
 * 计划单列市 / 新疆生产建设兵团 in place of the province. Prefectures and counties are looked up only
 * within the stated province (and prefecture), so a county name shared across China resolves to the
 * one meant. Every reading of the name is tried; the longest wins, and two different longest
 * readings are an error, as is a name whose place cannot be read at all. Nothing is guessed.
 */
export function resolvePlace(name: string, table: DivisionTable): PlaceResult {
  const scope = findScope(name, table);
  if (!scope) return { ok: false, message: `no province, 计划单列市 or ${XPCC} at the start of "${name}"` };
  const readings = readPlaces(scope, table);
  if (readings.length === 0) return { ok: false, message: `unknown place in "${name}" (below ${scope.province.name})` };
  const longest = Math.max(...readings.map((r) => r.consumed));
  const best = readings.filter((r) => r.consumed === longest);
  const distinct = new Map(best.map((r) => [describe(r), r]));
  if (distinct.size > 1) {
    return { ok: false, message: `ambiguous place in "${name}": ${[...distinct.keys()].join(' or ')}` };
  }
  const reading = best[0]!;
  const rest = scope.rest.slice(reading.consumed);
  const unknownUnit = reading.county || reading.town ? null : UNIT_LIKE.exec(rest);
  if (unknownUnit) {
    return { ok: false, message: `unknown place "${unknownUnit[0]}" in "${name}" (not a unit of ${describe(reading) || scope.province.name})` };
  }
  const segments = [scope.head];
  let offset = 0;
  for (const length of reading.lengths) {
    segments.push(scope.rest.slice(offset, offset + length));
    offset += length;
  }
  return {
    ok: true,
    place: toPlace(scope, reading, table),
    segments: segments.filter((segment) => segment !== ''),
    rest,
  };
}

function findScope(name: string, table: DivisionTable): Scope | null {
  if (name.startsWith(XPCC)) {
    return { province: table.byCode.get(XINJIANG)!, submittedBy: XPCC, head: XPCC, rest: name.slice(XPCC.length) };
  }
  const province = table.provinces.find((p) => name.startsWith(p.name));
  if (province) return { province, submittedBy: province.name, head: province.name, rest: name.slice(province.name.length) };
  for (const code of PLANNED_CITIES) {
    const city = table.byCode.get(code)!;
    for (const [written, short] of [
      [city.name, false],
      [shortName(city.name), true],
    ] as const) {
      if (!name.startsWith(written)) continue;
      return {
        province: table.byCode.get(city.provinceCode)!,
        submittedBy: city.name,
        head: '',
        rest: name,
        prefecture: { division: city, length: written.length, short },
      };
    }
  }
  return null;
}

function readPlaces(scope: Scope, table: DivisionTable): Reading[] {
  const { rest, province } = scope;
  const prefectureOptions: { division: Division | null; length: number; short: boolean }[] = [];
  if (scope.prefecture) prefectureOptions.push(scope.prefecture);
  else {
    prefectureOptions.push({ division: null, length: 0, short: false });
    if (!MUNICIPALITIES.has(province.code)) {
      for (const p of table.prefectures) {
        if (p.provinceCode !== province.code) continue;
        if (rest.startsWith(p.name)) prefectureOptions.push({ division: p, length: p.name.length, short: false });
        else if (rest.startsWith(shortName(p.name))) prefectureOptions.push({ division: p, length: shortName(p.name).length, short: true });
      }
    }
  }
  const readings: Reading[] = [];
  for (const prefecture of prefectureOptions) {
    const afterPrefecture = rest.slice(prefecture.length);
    const counties = prefecture.division
      ? (table.countiesByParent.get(prefecture.division.code) ?? [])
      : table.counties.filter((c) => c.provinceCode === province.code);
    const countyOptions: { division: Division | null; length: number }[] = [{ division: null, length: 0 }];
    for (const county of counties) {
      const form = countyForms(county.name).find((f) => afterPrefecture.startsWith(f));
      if (form) countyOptions.push({ division: county, length: form.length });
    }
    for (const county of countyOptions) {
      // A prefecture written without 市 ("宁波慈溪市") only counts when a county follows it.
      if (prefecture.short && !county.division) continue;
      const afterCounty = afterPrefecture.slice(county.length);
      const towns = townsIn(prefecture.division, county.division, counties.length === 0, table);
      const townOptions: (Town | null)[] = [null, ...towns.filter((t) => afterCounty.startsWith(t.name))];
      for (const town of townOptions) {
        const named = prefecture.division ?? county.division ?? town;
        if (!named && !MUNICIPALITIES.has(province.code)) continue;
        readings.push({
          prefecture: prefecture.division,
          county: county.division,
          town,
          lengths: [prefecture.length, county.length, town?.name.length ?? 0],
          consumed: prefecture.length + county.length + (town?.name.length ?? 0),
        });
      }
    }
  }
  return readings;
}

function townsIn(prefecture: Division | null, county: Division | null, prefectureHasNoCounties: boolean, table: DivisionTable): readonly Town[] {
  if (county) return table.townsByParent.get(county.code) ?? [];
  if (prefecture && prefectureHasNoCounties) return table.townsByParent.get(prefecture.code) ?? [];
  return [];
}

function describe(reading: Reading): string {
  return [reading.prefecture?.name, reading.county ? `${reading.county.name} (${reading.county.code})` : null, reading.town?.name].filter(Boolean).join(' ');
}

function toPlace(scope: Scope, reading: Reading, table: DivisionTable): Place {
  const { province } = scope;
  const prefecture = reading.prefecture ?? (reading.county?.prefectureCode ? table.byCode.get(reading.county.prefectureCode)! : null);
  const city = MUNICIPALITIES.has(province.code) ? province.name : (prefecture?.name ?? null);
  const adcode = reading.county?.code ?? prefecture?.code ?? province.code;
  return {
    province: province.name,
    provinceCode: province.code,
    city,
    county: reading.county?.name ?? null,
    town: reading.town?.name ?? null,
    adcode,
    submittedBy: scope.submittedBy,
  };
}

import { provinceKey } from './province-key';
import { PROVINCES, type Province } from './provinces';

function spellingsOf(province: Province): string[] {
  return [province.name, province.shortName, province.pinyin, province.nameEn, ...province.aliases].map(provinceKey);
}

/** Every key (see {@link provinceKey}) a province is accepted by: its spellings, its 6-digit code and its 2-digit prefix. */
export function provinceKeys(province: Province): string[] {
  return [...new Set([...spellingsOf(province), province.code, province.code.slice(0, 2)])];
}

const byKey: ReadonlyMap<string, Province> = (() => {
  const map = new Map<string, Province>();
  for (const province of PROVINCES) {
    for (const key of provinceKeys(province)) map.set(key, province);
  }
  return map;
})();

const spellings: ReadonlyArray<{ province: Province; keys: string[] }> = PROVINCES.map((province) => ({
  province,
  keys: spellingsOf(province),
}));

/**
 * Resolves any accepted spelling of a province: full name (浙江省), short name (浙江), pinyin or
 * English in any case and spacing (zhejiang, Zhejiang, Inner Mongolia, neimenggu, Tibet, xizang,
 * Hong Kong), the 6-digit code (330000) or its 2-digit prefix (33). `null` when none matches.
 */
export function resolveProvince(input: string): Province | null {
  return byKey.get(provinceKey(input)) ?? null;
}

/** Looks a province up by its 6-digit code. */
export function provinceByCode(code: string): Province | null {
  return byKey.get(code) ?? null;
}

const SUGGESTION_INPUT_LIMIT = 24;

/**
 * The (at most `limit`) provinces whose spellings are closest to `input`: spellings it is a prefix
 * of (浙 → 浙江省, he → 河北省…), spellings it starts with (浙江省宁波市 → 浙江省), then small edit
 * distances (zheijang → 浙江省). Ties go by code. Empty when nothing is plausibly meant.
 */
export function suggestProvinces(input: string, limit = 3): Province[] {
  const key = provinceKey(input);
  if (key === '' || /^\d+$/.test(key)) return [];
  const scored: Array<{ province: Province; score: number }> = [];
  for (const { province, keys } of spellings) {
    let best = Infinity;
    for (const candidate of keys) best = Math.min(best, closeness(key, candidate));
    if (best < Infinity) scored.push({ province, score: best });
  }
  scored.sort((a, b) => a.score - b.score || a.province.code.localeCompare(b.province.code));
  return scored.slice(0, limit).map((entry) => entry.province);
}

/** 0 for prefix relations, else the edit distance when small enough to be a typo, else Infinity. */
function closeness(input: string, candidate: string): number {
  if (candidate.startsWith(input)) return 0;
  if (candidate.length >= 2 && input.startsWith(candidate)) return 0.5;
  if (input.length > SUGGESTION_INPUT_LIMIT) return Infinity;
  const distance = editDistance(Array.from(input), Array.from(candidate));
  return distance <= Math.max(1, Math.floor(candidate.length / 3)) ? distance : Infinity;
}

function editDistance(a: string[], b: string[]): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

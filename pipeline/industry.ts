/**
 * The industry of a cluster: what follows the place, without the `产业集群` suffix, or without
 * `业集群` for names ending in `…制造业集群` (航空发动机装备制造业集群 → 航空发动机装备制造).
 * Returns null when the text does not end in either suffix or nothing is left.
 */
export function industryOf(afterPlace: string): string | null {
  const industry = afterPlace.endsWith('产业集群')
    ? afterPlace.slice(0, -'产业集群'.length)
    : afterPlace.endsWith('业集群')
      ? afterPlace.slice(0, -'业集群'.length)
      : null;
  return industry ? industry : null;
}

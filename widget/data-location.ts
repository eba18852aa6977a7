/**
 * Where the widget's files are: beside the script this module was loaded from, whether that is
 * our CDN, a mirror inside China or a site's own copy of the widget folder. Nothing is addressed by
 * origin, so copying the folder is all a host needs to do.
 */

/**
 * `path` relative to this script. The path goes through a variable because Vite rewrites a literal
 * `new URL(\`…${…}\`, import.meta.url)` into a build-time glob of assets, which these files are not.
 */
function besideScript(path: string): string {
  return new URL(path, import.meta.url).href;
}

/** A data file under the widget's `data/` folder (see core/first-view.ts for the layout). */
export function dataUrl(path: string): string {
  return besideScript(`data/${path}`);
}

/** The snapshot at a stable address, for a view no first-view file answers when none was loaded. */
export function latestSnapshotUrl(): string {
  return besideScript('clusters.json');
}

/** The record's page on the site the widget folder belongs to. */
export function recordPageUrl(id: number): string {
  return besideScript(`../clusters/${id}`);
}

/** The whole list as CSV on that site, for the embed snippet's fallback link. */
export function datasetCsvUrl(): string {
  return besideScript('../data/clusters.csv');
}

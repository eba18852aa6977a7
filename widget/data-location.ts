/**
 * Where the widget's files are: beside the script this module was loaded from, whether that is
 * our CDN, a mirror inside China or a site's own copy of the widget folder. Nothing is addressed by
 * origin, so copying the folder is all a host needs to do.
 *
 * Each `new URL` says `@vite-ignore`: Vite would otherwise take these paths for assets of the
 * build, and turn a templated one into an `import.meta.glob` lookup, which no browser has.
 */

/** A data file under the widget's `data/` folder (see core/first-view.ts for the layout). */
export function dataUrl(path: string): string {
  return new URL(/* @vite-ignore */ `data/${path}`, import.meta.url).href;
}

/** The snapshot at a stable address, for a view no first-view file answers when none was loaded. */
export function latestSnapshotUrl(): string {
  return new URL(/* @vite-ignore */ 'clusters.json', import.meta.url).href;
}

/** The record's page on the site the widget folder belongs to. */
export function recordPageUrl(id: number): string {
  return new URL(/* @vite-ignore */ `../clusters/${id}`, import.meta.url).href;
}

/** The whole list as CSV on that site, for the embed snippet's fallback link. */
export function datasetCsvUrl(): string {
  return new URL(/* @vite-ignore */ '../data/clusters.csv', import.meta.url).href;
}

/**
 * The widget's data files (core/first-view.ts), written beside the widget by `npm run build`:
 * - `data/views/*.json`: the first view of the whole list and of each province;
 * - `data/snapshots/{version}.json`: the whole dataset of this version, which every first view names;
 * - `clusters.json`: the same snapshot at a stable address, for `src` and for downloads.
 * Build outputs, not committed: a `data:import` and a build write the new version's files.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { buildFirstViews } from '../core/build-first-views';
import { snapshotPath } from '../core/first-view';
import { createDataset } from '../core/dataset';
import type { DatasetSnapshot } from '../pipeline/snapshot';

function writeJson(path: string, value: unknown): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, JSON.stringify(value));
}

/** Writes the widget's data files for `snapshot` into `widgetDir`. */
export function writeWidgetData(widgetDir: string, snapshot: DatasetSnapshot): void {
  const dataDir = join(widgetDir, 'data');
  writeJson(join(dataDir, snapshotPath(snapshot.version)), snapshot);
  writeJson(join(widgetDir, 'clusters.json'), snapshot);
  for (const [path, view] of buildFirstViews(createDataset(snapshot))) writeJson(join(dataDir, path), view);
}

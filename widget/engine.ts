/**
 * The engine chunk (built on its own, loaded after the first rows): the snapshot matching the rows
 * on screen, answering every query with core's code, making the CSV and marking search hits.
 * Nothing here is needed for the first rows, which come from a first-view file.
 */
import { highlightSegments, searchTerms } from './highlight';
import { saveCsv } from './download';
import { loadSnapshotSource } from './snapshot-source';
import { widgetErrorOf, type Engine, type SnapshotChoice } from './source';

/** One engine per snapshot per page, shared by every widget reading it; a failed load is forgotten. */
const engines = new Map<string, Promise<Engine>>();

async function createEngine({ url, version }: SnapshotChoice): Promise<Engine> {
  const source = await loadSnapshotSource(url, version);
  return {
    ...source,
    download: (params) => saveCsv(source.csvFile(params)),
    highlight: (text, q) => highlightSegments(text, searchTerms(q)),
  };
}

function engineFor(choice: SnapshotChoice): Promise<Engine> {
  const key = `${choice.url}\n${choice.version ?? ''}`;
  let engine = engines.get(key);
  if (!engine) {
    engine = createEngine(choice);
    engines.set(key, engine);
    engine.catch(() => engines.delete(key));
  }
  return engine;
}

/**
 * The engine over the snapshot `choice` names. A first view older than the deployed data (kept by
 * a cache) names a snapshot that is gone or of another version: `refresh` then fetches the first
 * view again, past the cache, and names the snapshot to use instead.
 */
export async function openEngine(choice: SnapshotChoice, refresh: (() => Promise<SnapshotChoice>) | null): Promise<Engine> {
  try {
    return await engineFor(choice);
  } catch (error) {
    const { kind } = widgetErrorOf(error);
    if (!refresh || (kind !== 'missing' && kind !== 'stale')) throw error;
    return engineFor(await refresh());
  }
}

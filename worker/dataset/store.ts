import { createDataset, type Dataset } from '../../core';
import { loadDatasetRows, readDatasetVersion } from '../db/queries';
import { realTimer, withTimeout, type Timer } from './timeout';

/** Options of {@link createDatasetStore}. */
export interface DatasetStoreOptions {
  /** Seconds a loaded copy is served before the version is re-checked in D1. Default 60. */
  recheckSeconds?: number;
  /** Time limit in ms of the one-row version re-check. Default 2000. */
  timeoutMs?: number;
  /** Time limit in ms of a full load (meta, clusters, notices in one batch). Default 5000. */
  loadTimeoutMs?: number;
  /** Seconds D1 is left alone after a failed read, so a failing D1 is not hammered. Default 5. */
  retrySeconds?: number;
  /** Clock in ms that schedules re-checks; tests pass a fake one. Default `Date.now`. */
  now?: () => number;
  /** Runs the time limits above; tests pass one that expires only while D1 hangs. Default: setTimeout. */
  timer?: Timer;
}

/** What a request is answered from. */
export interface DatasetSnapshot {
  dataset: Dataset;
  /** True when D1 could not be re-checked and the copy loaded earlier is being served. */
  stale: boolean;
  /** Milliseconds this request waited on D1, or null when it did not query D1. */
  dbMs: number | null;
  /**
   * The version a reload just replaced, handed to exactly one request per replacement so that
   * request can purge the edge copies of that version; null otherwise.
   */
  retiredVersion: string | null;
}

/** The isolate's in-memory copy of the D1 dataset. */
export interface DatasetStore {
  /** The current copy, loading or re-checking it in D1 when due. Throws only {@link DatasetUnavailableError}. */
  get(db: D1Database): Promise<DatasetSnapshot>;
}

/** No copy of the dataset is loaded and D1 could not provide one. Carries no internals. */
export class DatasetUnavailableError extends Error {
  override readonly name = 'DatasetUnavailableError';
  constructor(
    /** Seconds after which a retry may succeed (the `Retry-After` value). */
    readonly retryAfterSeconds: number,
    /** Milliseconds the request waited on D1 before giving up, or null. */
    readonly dbMs: number | null = null,
  ) {
    super('dataset unavailable');
  }
}

/** The D1 database holds no released dataset (no `dataset_meta` row). */
class NoReleasedDatasetError extends Error {
  override readonly name = 'NoReleasedDatasetError';
}

interface Flight {
  readonly seq: number;
  readonly done: Promise<Dataset>;
}

/**
 * Creates the per-isolate dataset store. The dataset is read from D1 (through a
 * `first-unconstrained` session, so the nearest replica may answer) once; concurrent requests share
 * one in-flight read; every `recheckSeconds` one request re-reads the one-row version and the
 * dataset is reloaded only when it changed. When D1 fails or times out, the loaded copy keeps
 * being served (flagged stale) and D1 is retried after `retrySeconds`.
 */
export function createDatasetStore(options: DatasetStoreOptions = {}): DatasetStore {
  const recheckMs = (options.recheckSeconds ?? 60) * 1000;
  const timeoutMs = options.timeoutMs ?? 2000;
  const loadTimeoutMs = options.loadTimeoutMs ?? 5000;
  const retrySeconds = options.retrySeconds ?? 5;
  const now = options.now ?? Date.now;
  const timer = options.timer ?? realTimer;

  let copy: Dataset | null = null;
  let stale = false;
  let nextReadAt = 0;
  let flight: Flight | null = null;
  let lastSeq = 0;
  let appliedSeq = 0;
  let retired: string | null = null;

  const succeed = (seq: number, dataset: Dataset) => {
    if (seq < appliedSeq) return;
    appliedSeq = seq;
    if (copy && copy.version !== dataset.version) retired = copy.version;
    copy = dataset;
    stale = false;
    nextReadAt = now() + recheckMs;
  };

  const fail = (seq: number) => {
    if (seq < appliedSeq) return;
    appliedSeq = seq;
    stale = copy !== null;
    nextReadAt = now() + retrySeconds * 1000;
  };

  const refresh = async (db: D1Database, current: Dataset | null): Promise<Dataset> => {
    const session = db.withSession('first-unconstrained');
    if (current) {
      const version = await withTimeout(readDatasetVersion(session), timeoutMs, timer);
      if (version === current.version) return current;
    }
    const rows = await withTimeout(loadDatasetRows(session), loadTimeoutMs, timer);
    if (!rows) throw new NoReleasedDatasetError('dataset_meta has no released dataset');
    return createDataset(rows);
  };

  const start = (db: D1Database): Flight => {
    const seq = ++lastSeq;
    const done = refresh(db, copy);
    const started: Flight = { seq, done };
    const land = () => {
      if (flight === started) flight = null;
    };
    done.then(
      (dataset) => {
        land();
        succeed(seq, dataset);
      },
      (error: unknown) => {
        land();
        logFailure(error);
        fail(seq);
      },
    );
    return started;
  };

  const takeRetired = () => {
    const version = retired;
    retired = null;
    return version;
  };

  return {
    async get(db) {
      if (copy && now() < nextReadAt) return { dataset: copy, stale, dbMs: null, retiredVersion: takeRetired() };
      if (!copy && now() < nextReadAt) throw new DatasetUnavailableError(retryAfter(nextReadAt, now()));

      const joined = (flight ??= start(db));
      // Each waiter races the shared read against its own timer: a read started by another
      // request can be cancelled with that request, and must not leave this one hanging.
      const deadline = (copy ? timeoutMs : 0) + loadTimeoutMs;
      const waitStart = performance.now();
      try {
        const loaded = await withTimeout(joined.done, deadline, timer);
        // A newer read may have landed meanwhile; always answer from the newest copy.
        const dataset = copy ?? loaded;
        return { dataset, stale: false, dbMs: performance.now() - waitStart, retiredVersion: takeRetired() };
      } catch {
        if (flight === joined) {
          // The shared read outlived every time limit (its own timers died with the request
          // that started it): drop it so the next request starts afresh.
          logFailure(new Error(`shared D1 read unsettled after ${deadline} ms`));
          flight = null;
          fail(joined.seq);
        }
        const dbMs = performance.now() - waitStart;
        if (copy) return { dataset: copy, stale: true, dbMs, retiredVersion: takeRetired() };
        throw new DatasetUnavailableError(retrySeconds, dbMs);
      }
    },
  };
}

function retryAfter(at: number, now: number): number {
  return Math.max(1, Math.ceil((at - now) / 1000));
}

// Logged for the operator (Workers Logs); never sent to clients.
function logFailure(error: unknown): void {
  const name = error instanceof Error ? error.name : typeof error;
  const message = error instanceof Error ? error.message : String(error);
  console.error(`dataset store: D1 read failed (${name}): ${message}`);
}

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
 * What the isolate holds, by the outcome of the last D1 read that landed (the table is in
 * docs/caching.md, "Dataset store states"). Until `readAt`, a request is answered without D1:
 * - `empty`: no copy. A 503 with `Retry-After`; at first `readAt` is 0, so the first request loads.
 * - `fresh`: a copy D1 confirmed. Served as it is; at `readAt` one request re-checks the version.
 * - `stale`: a copy D1 failed to confirm. Served marked stale; at `readAt` one request tries D1 again.
 */
type CopyState = { kind: 'empty'; readAt: number } | { kind: 'fresh' | 'stale'; copy: Dataset; readAt: number };

/**
 * The D1 reads: the one in flight, which every request due a read shares, and the sequence numbers
 * that keep an older read landing late from undoing a newer one's outcome.
 */
interface Reads {
  inFlight: Flight | null;
  /** Sequence number of the last read started. */
  started: number;
  /** Sequence number of the newest read whose outcome was applied. */
  applied: number;
}

const copyOf = (state: CopyState): Dataset | null => (state.kind === 'empty' ? null : state.copy);

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
  const retryMs = retrySeconds * 1000;
  const now = options.now ?? Date.now;
  const timer = options.timer ?? realTimer;

  let state: CopyState = { kind: 'empty', readAt: 0 };
  const reads: Reads = { inFlight: null, started: 0, applied: 0 };
  // The version a reload replaced, until one request takes it to purge its edge copies.
  let retired: string | null = null;

  const succeed = (seq: number, dataset: Dataset) => {
    if (seq < reads.applied) return;
    reads.applied = seq;
    const previous = copyOf(state);
    if (previous && previous.version !== dataset.version) retired = previous.version;
    state = { kind: 'fresh', copy: dataset, readAt: now() + recheckMs };
  };

  const fail = (seq: number) => {
    if (seq < reads.applied) return;
    reads.applied = seq;
    const readAt = now() + retryMs;
    state = state.kind === 'empty' ? { kind: 'empty', readAt } : { kind: 'stale', copy: state.copy, readAt };
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
    const seq = ++reads.started;
    const done = refresh(db, copyOf(state));
    const started: Flight = { seq, done };
    const land = () => {
      if (reads.inFlight === started) reads.inFlight = null;
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
      if (now() < state.readAt) {
        if (state.kind === 'empty') throw new DatasetUnavailableError(retryAfter(state.readAt, now()));
        return { dataset: state.copy, stale: state.kind === 'stale', dbMs: null, retiredVersion: takeRetired() };
      }

      reads.inFlight ??= start(db);
      const joined = reads.inFlight;
      // Each waiter races the shared read against its own timer: a read started by another
      // request can be cancelled with that request, and must not leave this one hanging.
      const deadline = (state.kind === 'empty' ? 0 : timeoutMs) + loadTimeoutMs;
      const waitStart = performance.now();
      try {
        const loaded = await withTimeout(joined.done, deadline, timer);
        // A newer read may have landed meanwhile; always answer from the newest copy.
        const dataset = copyOf(state) ?? loaded;
        return { dataset, stale: false, dbMs: performance.now() - waitStart, retiredVersion: takeRetired() };
      } catch {
        if (reads.inFlight === joined) {
          // The shared read outlived every time limit (its own timers died with the request
          // that started it): drop it so the next request starts afresh.
          logFailure(new Error(`shared D1 read unsettled after ${deadline} ms`));
          reads.inFlight = null;
          fail(joined.seq);
        }
        const dbMs = performance.now() - waitStart;
        const copy = copyOf(state);
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

import type { MiddlewareHandler } from 'hono';
import { LRUCache } from 'lru-cache';
import type { AppEnv } from '../app-env';
import type { DatasetStore } from '../dataset/store';
import { entryWeight, type MemoEntry, type ReplayMethod, type ResponseMemo } from './memo';

/** Options of {@link replayRepeatedUrls}. */
export interface ReplayOptions {
  /** The isolate's dataset copy; replay happens only while its `peek()` says no D1 read is due. */
  store: DatasetStore;
  /** The memo whose entries hold the bodies and the headers that are replayed. */
  memo: ResponseMemo;
  /** The `desc` of the total in Server-Timing: hono/timing's `totalDescription`. */
  totalDescription: string;
}

/** Which memo entry a request URL was answered from, for which dataset version and staleness. */
interface AnsweredUrl {
  memoKey: string;
  version: string;
  stale: boolean;
}

// Bounded by count and URL length, so junk URLs cannot fill it.
const ANSWERED_URLS = 256;
const MAX_ANSWERED_URL = 512;

/**
 * Answers a repeated GET or HEAD of a data route straight from the memo, before the rest of the
 * middleware chain runs, with the very status, headers and body the chain sent the last time:
 * mounted first, it records the final headers of every cached 200 (all middleware has added its
 * own by then) in that response's memo entry. A request is replayed only when nothing could make
 * the chain answer differently: its exact URL was answered from that entry for the current dataset
 * version and staleness, the store needs no D1 read (a re-check that is due, a failure, a purge
 * to hand out all go through the chain), and it carries no `If-None-Match` (the chain answers
 * 304s). Server-Timing is written afresh: `cache;desc="hit"` and this request's total.
 */
export function replayRepeatedUrls(options: ReplayOptions): MiddlewareHandler<AppEnv> {
  const { store, memo } = options;
  const totalSuffix = `;desc=${JSON.stringify(options.totalDescription)}`;
  const answered = new LRUCache<string, AnsweredUrl>({ max: ANSWERED_URLS });

  return async function replayRepeatedUrls(c, next) {
    const start = performance.now();
    const method = replayMethod(c.req.method);
    if (method === null) return next();
    const url = c.req.url;
    const known = answered.get(url);
    if (known && !c.req.raw.headers.has('If-None-Match')) {
      const current = store.peek?.();
      const entry = current?.dataset.version === known.version && current.stale === known.stale ? memo.get(known.memoKey) : undefined;
      const headers = entry?.headers?.[method];
      if (entry && headers) {
        const timing = `cache;desc="hit",total;dur=${(performance.now() - start).toFixed(1)}${totalSuffix}`;
        const body = method === 'HEAD' ? null : entry.body;
        return new Response(body, { status: 200, headers: { ...headers, 'Server-Timing': timing } });
      }
    }

    await next();

    const memoKey = c.get('memoKey');
    if (memoKey === undefined || c.res.status !== 200 || url.length > MAX_ANSWERED_URL) return;
    const entry = memo.get(memoKey);
    if (!entry) return;
    const version = c.get('dataset').version;
    const stale = c.get('datasetStale');
    const recorded: MemoEntry = { ...entry, headers: { ...entry.headers, [method]: sentHeaders(c.res.headers) } };
    // An entry that the headers would push past the per-entry bound stays as it is, unreplayed:
    // storing it would drop the body from the memo altogether.
    if (entryWeight(memoKey, recorded) > memo.limits.maxEntryBytes) return;
    answered.set(url, { memoKey, version, stale });
    memo.set(memoKey, recorded);
  };
}

function replayMethod(method: string): ReplayMethod | null {
  return method === 'GET' || method === 'HEAD' ? method : null;
}

// Everything the chain sent but the per-request timing.
function sentHeaders(headers: Headers): Record<string, string> {
  const sent: Record<string, string> = {};
  for (const [name, value] of headers) {
    if (name !== 'server-timing') sent[name] = value;
  }
  return sent;
}

import type { Context, Handler, MiddlewareHandler } from 'hono';
import { LRUCache } from 'lru-cache';
import { parseSearchParams, type Dataset, type Result } from '../../core';
import type { AppEnv } from '../app-env';
import type { ResponseMemo } from '../cache/memo';
import { respondCached, type CachedResponseSpec, type ResponseCache } from '../cache/respond';
import { apiErrorResponse } from './errors';

/**
 * One data endpoint of the API: how its request is parsed (once, before the dataset is loaded, so
 * bad syntax never waits on D1), what it needs checked against the dataset, and what it answers.
 */
export interface DataRoute<Q> {
  /** Hono routing path (`/api/v1/clusters/:id`). */
  path: string;
  /** Parses the strictly split query string (and path parameters from `c`), without the dataset. */
  parse(params: URLSearchParams, c: Context<AppEnv>): Result<Q>;
  /** Checks and completes the parsed query against the dataset; never parses again. Default: nothing to check. */
  resolve?(query: Q, dataset: Dataset): Result<Q>;
  /** The cached response for the checked query, or a finished response (a 404). */
  respond(query: Q, dataset: Dataset, c: Context<AppEnv>): CachedResponseSpec | Response;
}

/** What mounting a data route needs from the app. */
export interface DataRouteDeps {
  /** The dataset loader middleware (sets `c.var.dataset`, or answers 503). */
  loader: MiddlewareHandler<AppEnv>;
  memo?: ResponseMemo | undefined;
  /** Build id of the code (scripts/build-id.ts). */
  buildId: string;
}

/**
 * The handlers of a data route, in order: the query parser (400 before the dataset is loaded and
 * before any cache is consulted), the dataset loader, the dataset check, which puts the final
 * query on the context (`c.var.query`), and the one renderer of every data route's cached answer.
 */
export function dataRoute<Q>(
  route: DataRoute<Q>,
  deps: DataRouteDeps,
): [MiddlewareHandler<AppEnv>, MiddlewareHandler<AppEnv>, MiddlewareHandler<AppEnv>, Handler<AppEnv>] {
  const known = new KnownUrls<Q>();
  return [parseQuery(route, known), deps.loader, checkQuery(route, known), renderCached(route, deps, known)];
}

/** What a request URL was found to be: its parsed query and, for one dataset version, the rest. */
interface KnownUrl<Q> {
  syntax: Q;
  /** The dataset version `checked` and `answer` belong to; null until the first check. */
  version: string | null;
  checked: Q | null;
  answer: CachedResponseSpec | null;
}

// Most requests repeat a URL seen before (every embed of a view asks for the same one), so what a
// URL parses to, checks to and is keyed by is kept for the dataset version at hand: a repeated
// request goes straight to the memo. Only URLs that parsed are kept, at most KNOWN_URLS of them
// and none longer than MAX_KNOWN_URL, so junk cannot fill it; a new version empties it.
const KNOWN_URLS = 256;
const MAX_KNOWN_URL = 512;

class KnownUrls<Q> {
  private readonly urls = new LRUCache<string, KnownUrl<Q>>({ max: KNOWN_URLS });
  private version: string | null = null;

  get(url: string): KnownUrl<Q> | undefined {
    return this.urls.get(url);
  }

  remember(url: string, syntax: Q): void {
    if (url.length <= MAX_KNOWN_URL) this.urls.set(url, { syntax, version: null, checked: null, answer: null });
  }

  /** Forgets every URL when the dataset version changes, so no old dataset stays referenced. */
  useVersion(version: string): void {
    if (this.version === version) return;
    this.urls.clear();
    this.version = version;
  }
}

function parseQuery<Q>(route: DataRoute<Q>, known: KnownUrls<Q>): MiddlewareHandler<AppEnv> {
  return async function parseQuery(c, next) {
    const url = c.req.url;
    const seen = known.get(url);
    if (seen) {
      c.set('query', seen.syntax);
      return next();
    }
    // From the raw query string: by the time a URLSearchParams exists, bad escapes have become
    // U+FFFD and a repeated name is indistinguishable from a single one.
    const params = parseSearchParams(searchOf(url));
    if (!params.ok) return apiErrorResponse(c, params.error);
    const query = route.parse(params.value, c);
    if (!query.ok) return apiErrorResponse(c, query.error);
    known.remember(url, query.value);
    c.set('query', query.value);
    await next();
  };
}

function checkQuery<Q>(route: DataRoute<Q>, known: KnownUrls<Q>): MiddlewareHandler<AppEnv> {
  return async function checkQuery(c, next) {
    // c.get, not c.var: Hono builds a fresh object of all variables on every read of c.var.
    const { version } = c.get('dataset');
    known.useVersion(version);
    const seen = known.get(c.req.url);
    if (seen?.version === version && seen.checked !== null) {
      c.set('query', seen.checked);
      return next();
    }
    let checked = c.get('query') as Q;
    if (route.resolve) {
      const result = route.resolve(checked, c.get('dataset'));
      if (!result.ok) return apiErrorResponse(c, result.error);
      checked = result.value;
    }
    if (seen) Object.assign(seen, { version, checked, answer: null });
    c.set('query', checked);
    await next();
  };
}

function renderCached<Q>(route: DataRoute<Q>, cache: ResponseCache, known: KnownUrls<Q>): Handler<AppEnv> {
  return function renderCached(c) {
    const dataset = c.get('dataset');
    const seen = known.get(c.req.url);
    if (seen?.answer && seen.version === dataset.version) return respondCached(c, seen.answer, cache);
    const answer = route.respond(c.get('query') as Q, dataset, c);
    if (answer instanceof Response) return answer;
    if (seen?.version === dataset.version) seen.answer = answer;
    return respondCached(c, answer, cache);
  };
}

// The raw query string of a request URL, from its first '?' (a request URL has no fragment),
// without parsing the whole URL again.
function searchOf(url: string): string {
  const start = url.indexOf('?');
  return start < 0 ? '' : url.slice(start);
}

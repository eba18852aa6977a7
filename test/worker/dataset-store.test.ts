import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { env } from 'cloudflare:workers';
import { realTimer } from '../../worker/dataset/timeout';
import { createDatasetStore, DatasetUnavailableError } from '../../worker/dataset/store';
import { fakeClock, fakeD1, seededVersion, setVersion, type FakeD1 } from './dataset-fakes';

const N = 60;
let seeded: string;
let d1: FakeD1;
let clock: ReturnType<typeof fakeClock>;

beforeEach(async () => {
  seeded = await seededVersion();
  d1 = fakeD1();
  clock = fakeClock();
});

afterEach(async () => {
  await setVersion(seeded);
});

const newStore = (options = {}) => createDatasetStore({ recheckSeconds: N, now: clock.now, timer: d1.timer, ...options });

describe('loading', () => {
  it('loads meta, clusters and notices in one batch through a first-unconstrained session', async () => {
    const store = newStore();
    const { dataset, stale, dbMs } = await store.get(d1.db);
    expect(dataset.version).toBe(seeded);
    expect(dataset.records.length).toBeGreaterThan(0);
    expect(dataset.notices.length).toBeGreaterThan(0);
    expect(stale).toBe(false);
    expect(dbMs).not.toBeNull();
    expect(d1.sessions).toEqual(['first-unconstrained']);
    expect(d1.batches).toBe(1);
    expect(d1.queries).toHaveLength(3);
  });

  it('answers later requests from memory without touching D1', async () => {
    const store = newStore();
    const first = await store.get(d1.db);
    clock.advance(N - 1);
    const second = await store.get(d1.db);
    expect(second.dataset).toBe(first.dataset);
    expect(second.dbMs).toBeNull();
    expect(d1.queries).toHaveLength(3);
  });

  it('shares one load among concurrent cold requests', async () => {
    const store = newStore();
    const snapshots = await Promise.all(Array.from({ length: 20 }, () => store.get(d1.db)));
    expect(new Set(snapshots.map((s) => s.dataset)).size).toBe(1);
    expect(d1.batches).toBe(1);
    expect(d1.queries).toHaveLength(3);
  });

  it('maps rows to records with their search helpers stripped from the public fields', async () => {
    const { dataset } = await newStore().get(d1.db);
    const row = await env.DB.prepare('SELECT * FROM clusters ORDER BY id LIMIT 1').first<Record<string, unknown>>();
    const record = dataset.records[0]!;
    expect(record.id).toBe(row!.id);
    expect(record.name).toBe(row!.name);
    expect(record.submittedBy).toBe(row!.submitted_by);
    expect(Object.keys(record)).not.toContain('search');
  });
});

describe('version re-check', () => {
  it('re-checks with a single one-row query after N seconds and keeps the copy when unchanged', async () => {
    const store = newStore();
    const first = await store.get(d1.db);
    clock.advance(N);
    const again = await store.get(d1.db);
    expect(again.dataset).toBe(first.dataset);
    expect(again.dbMs).not.toBeNull();
    expect(d1.queries).toHaveLength(4);
    expect(d1.queries[3]).toMatch(/^select "version" from "dataset_meta" where "dataset_meta"."id" = \?/);
    expect(d1.batches).toBe(1);
  });

  it('picks up a new dataset version after N seconds, not before, and reports the retired one once', async () => {
    const store = newStore();
    await store.get(d1.db);
    await setVersion('release-2');

    clock.advance(N - 1);
    expect((await store.get(d1.db)).dataset.version).toBe(seeded);

    clock.advance(1);
    const reloaded = await store.get(d1.db);
    expect(reloaded.dataset.version).toBe('release-2');
    expect(reloaded.retiredVersion).toBe(seeded);
    expect(d1.batches).toBe(2);

    expect((await store.get(d1.db)).retiredVersion).toBeNull();
  });

  it('reloads once when concurrent requests find the version changed', async () => {
    const store = newStore();
    await store.get(d1.db);
    await setVersion('release-2');
    clock.advance(N);
    const snapshots = await Promise.all(Array.from({ length: 10 }, () => store.get(d1.db)));
    expect(snapshots.every((s) => s.dataset.version === 'release-2')).toBe(true);
    expect(snapshots.filter((s) => s.retiredVersion !== null)).toHaveLength(1);
    expect(d1.batches).toBe(2);
    expect(d1.queries).toHaveLength(3 + 1 + 3);
  });
});

describe('faults', () => {
  it('keeps serving the loaded copy, flagged stale, when D1 fails, and leaves D1 alone for retrySeconds', async () => {
    const store = newStore({ retrySeconds: 5 });
    const first = await store.get(d1.db);
    d1.mode = 'fail';
    clock.advance(N);
    const during = await store.get(d1.db);
    expect(during.dataset).toBe(first.dataset);
    expect(during.stale).toBe(true);

    const queried = d1.queries.length;
    clock.advance(4);
    expect((await store.get(d1.db)).stale).toBe(true);
    expect(d1.queries).toHaveLength(queried);

    d1.mode = 'pass';
    clock.advance(1);
    const recovered = await store.get(d1.db);
    expect(recovered.stale).toBe(false);
    expect(recovered.dataset).toBe(first.dataset);
  });

  it('serves the copy, flagged stale, when the re-check times out', async () => {
    const store = newStore();
    const first = await store.get(d1.db);
    d1.mode = 'hang';
    clock.advance(N);
    const during = await store.get(d1.db);
    expect(during.dataset).toBe(first.dataset);
    expect(during.stale).toBe(true);
  });

  it('throws DatasetUnavailableError with a retry delay when D1 fails and there is no copy', async () => {
    const store = newStore({ retrySeconds: 7 });
    d1.mode = 'fail';
    const error = await store.get(d1.db).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatasetUnavailableError);
    expect((error as DatasetUnavailableError).retryAfterSeconds).toBe(7);
    expect((error as Error).message).not.toMatch(/SQLITE|D1_ERROR/);
  });

  it('fails fast without querying D1 again until the retry delay has passed, then recovers', async () => {
    const store = newStore({ retrySeconds: 7 });
    d1.mode = 'fail';
    await expect(store.get(d1.db)).rejects.toBeInstanceOf(DatasetUnavailableError);
    const queried = d1.queries.length;
    clock.advance(3);
    const error = await store.get(d1.db).catch((e: unknown) => e);
    expect((error as DatasetUnavailableError).retryAfterSeconds).toBe(4);
    expect(d1.queries).toHaveLength(queried);

    d1.mode = 'pass';
    clock.advance(4);
    expect((await store.get(d1.db)).dataset.version).toBe(seeded);
  });

  it('gives up on a cold load that does not answer within loadTimeoutMs', async () => {
    // The runtime's own timer: D1 hangs from the start, so the short limit bounds only the hang.
    const store = newStore({ loadTimeoutMs: 20, timer: realTimer });
    d1.mode = 'hang';
    await expect(store.get(d1.db)).rejects.toBeInstanceOf(DatasetUnavailableError);
  });

  it('treats a database without a released dataset as unavailable', async () => {
    await env.DB.prepare('DELETE FROM dataset_meta').run();
    try {
      await expect(newStore().get(d1.db)).rejects.toBeInstanceOf(DatasetUnavailableError);
    } finally {
      await env.DB.prepare("INSERT INTO dataset_meta (id, version, built_at, record_count) VALUES (1, ?, '2026-01-01T00:00:00Z', 0)").bind(seeded).run();
    }
  });
});

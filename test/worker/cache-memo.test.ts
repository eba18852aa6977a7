import { describe, expect, it } from 'vitest';
import { createResponseMemo, ENTRY_OVERHEAD_BYTES, entryWeight, type MemoEntry } from '../../worker/cache/memo';

const entry = (size: number, etag = '"t"'): MemoEntry => ({ body: new Uint8Array(size), etag });

describe('response memo', () => {
  it('returns what was stored, and undefined for unknown keys', () => {
    const memo = createResponseMemo();
    const stored = entry(10);
    memo.set('a', stored);
    expect(memo.get('a')).toBe(stored);
    expect(memo.get('b')).toBeUndefined();
  });

  it('evicts the least recently used entry when the entry bound is reached', () => {
    const memo = createResponseMemo({ maxEntries: 3 });
    for (const key of ['a', 'b', 'c']) memo.set(key, entry(1));
    memo.get('a');
    memo.set('d', entry(1));
    expect(memo.size).toBe(3);
    expect(memo.get('b')).toBeUndefined();
    for (const key of ['a', 'c', 'd']) expect(memo.get(key), key).toBeDefined();
  });

  it('evicts least recently used entries until the byte bound holds', () => {
    const weight = entryWeight('k0', entry(1000));
    const memo = createResponseMemo({ maxEntries: 100, maxBytes: weight * 3, maxEntryBytes: weight * 2 });
    for (const key of ['k0', 'k1', 'k2']) memo.set(key, entry(1000));
    expect(memo.bytes).toBe(weight * 3);
    memo.get('k0');
    memo.set('k3', entry(1000 + weight));
    expect(memo.bytes).toBeLessThanOrEqual(weight * 3);
    expect(memo.get('k1')).toBeUndefined();
    expect(memo.get('k2')).toBeUndefined();
    expect(memo.get('k0')).toBeDefined();
    expect(memo.get('k3')).toBeDefined();
  });

  it('never stores an entry over maxEntryBytes, and keeps what it had', () => {
    const memo = createResponseMemo({ maxBytes: 10_000, maxEntryBytes: 2_000 });
    memo.set('small', entry(100));
    memo.set('big', entry(2_000));
    expect(memo.get('big')).toBeUndefined();
    expect(memo.get('small')).toBeDefined();
  });

  it('replaces an entry under the same key without double counting', () => {
    const memo = createResponseMemo();
    memo.set('a', entry(100));
    memo.set('a', entry(300));
    expect(memo.size).toBe(1);
    expect(memo.bytes).toBe(entryWeight('a', entry(300)));
    memo.clear();
    expect(memo.size).toBe(0);
    expect(memo.bytes).toBe(0);
  });

  it('charges body bytes, the key and tag as UTF-16, and the fixed overhead', () => {
    expect(entryWeight('浙江', entry(10, '"abc"'))).toBe(10 + 2 * (2 + 5) + ENTRY_OVERHEAD_BYTES);
  });

  it('stays within both bounds under a long random workload', () => {
    const memo = createResponseMemo({ maxEntries: 50, maxBytes: 64 * 1024 });
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    for (let i = 0; i < 5_000; i++) {
      const key = `k${Math.floor(random() * 200)}`;
      if (random() < 0.5) memo.get(key);
      else memo.set(key, entry(Math.floor(random() * 6_000)));
      expect(memo.size).toBeLessThanOrEqual(50);
      expect(memo.bytes).toBeLessThanOrEqual(64 * 1024);
    }
  });

  it('has documented defaults', () => {
    expect(createResponseMemo().limits).toEqual({ maxEntries: 512, maxBytes: 8 * 1024 * 1024, maxEntryBytes: 1024 * 1024 });
  });
});

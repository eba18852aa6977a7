import { LRUCache } from 'lru-cache';

/** Options of {@link createResponseMemo}. */
export interface ResponseMemoOptions {
  /** Most entries kept. Default 512. */
  maxEntries?: number;
  /** Most bytes kept, counting bodies, keys and a fixed per-entry overhead. Default 8 MiB. */
  maxBytes?: number;
  /** Largest single entry memoized; bigger ones are rendered every time. Default maxBytes / 8. */
  maxEntryBytes?: number;
}

/** A serialized response: the encoded body and its entity tag. */
export interface MemoEntry {
  body: Uint8Array;
  etag: string;
}

/** A bounded least-recently-used map of serialized responses. */
export interface ResponseMemo {
  /** The entry under `key`, which becomes the most recently used; undefined when absent. */
  get(key: string): MemoEntry | undefined;
  /** Stores `entry` under `key`, evicting the least recently used entries to stay within bounds. */
  set(key: string, entry: MemoEntry): void;
  /** Drops every entry. */
  clear(): void;
  /** Number of entries held. */
  readonly size: number;
  /** Accounted bytes held (see {@link entryWeight}). */
  readonly bytes: number;
  /** The bounds in force. */
  readonly limits: Readonly<Required<ResponseMemoOptions>>;
}

/**
 * Bytes charged per entry on top of its body: lru-cache's slots, the entry object, the Uint8Array and
 * ArrayBuffer headers. Deliberately generous (V8 needs about 150 bytes for these), so the bound
 * stays an upper bound.
 */
export const ENTRY_OVERHEAD_BYTES = 256;

/** The bytes an entry is charged: body bytes, key and tag as UTF-16, plus the overhead. */
export function entryWeight(key: string, entry: MemoEntry): number {
  return entry.body.byteLength + 2 * (key.length + entry.etag.length) + ENTRY_OVERHEAD_BYTES;
}

/**
 * Creates a response memo bounded by entry count and by accounted bytes, whichever binds first:
 * lru-cache's `max` and `maxSize` (with {@link entryWeight} as the size), least recently used out
 * first; an entry above `maxEntryBytes` is not stored at all.
 */
export function createResponseMemo(options: ResponseMemoOptions = {}): ResponseMemo {
  const maxEntries = options.maxEntries ?? 512;
  const maxBytes = options.maxBytes ?? 8 * 1024 * 1024;
  const maxEntryBytes = Math.min(options.maxEntryBytes ?? Math.floor(maxBytes / 8), maxBytes);
  const limits = { maxEntries, maxBytes, maxEntryBytes };
  // lru-cache wants max ≥ 1; a memo bounded to nothing stores nothing.
  if (maxEntries < 1) return nullMemo(limits);
  const entries = new LRUCache<string, MemoEntry>({
    max: maxEntries,
    maxSize: maxBytes,
    maxEntrySize: maxEntryBytes,
    sizeCalculation: (entry, key) => entryWeight(key, entry),
  });
  return {
    get: (key) => entries.get(key),
    // Too big an entry is not stored, and drops what the key held (lru-cache's maxEntrySize).
    set: (key, entry) => void entries.set(key, entry),
    clear: () => entries.clear(),
    get size() {
      return entries.size;
    },
    get bytes() {
      return entries.calculatedSize;
    },
    limits,
  };
}

function nullMemo(limits: Required<ResponseMemoOptions>): ResponseMemo {
  return { get: () => undefined, set: () => {}, clear: () => {}, size: 0, bytes: 0, limits };
}

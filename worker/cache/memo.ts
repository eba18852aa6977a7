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
 * Bytes charged per entry on top of its body: the Map slot, the entry object, the Uint8Array and
 * ArrayBuffer headers. Deliberately generous (V8 needs about 150 bytes for these), so the bound
 * stays an upper bound.
 */
export const ENTRY_OVERHEAD_BYTES = 256;

/** The bytes an entry is charged: body bytes, key and tag as UTF-16, plus the overhead. */
export function entryWeight(key: string, entry: MemoEntry): number {
  return entry.body.byteLength + 2 * (key.length + entry.etag.length) + ENTRY_OVERHEAD_BYTES;
}

/**
 * Creates a response memo bounded by entry count and by accounted bytes, whichever binds first.
 * A Map keeps insertion order, so re-inserting on every hit makes its first key the least
 * recently used one.
 */
export function createResponseMemo(options: ResponseMemoOptions = {}): ResponseMemo {
  const maxEntries = options.maxEntries ?? 512;
  const maxBytes = options.maxBytes ?? 8 * 1024 * 1024;
  const maxEntryBytes = Math.min(options.maxEntryBytes ?? Math.floor(maxBytes / 8), maxBytes);
  const entries = new Map<string, { entry: MemoEntry; weight: number }>();
  let bytes = 0;

  const remove = (key: string) => {
    const slot = entries.get(key);
    if (!slot) return;
    entries.delete(key);
    bytes -= slot.weight;
  };

  const evictLeastRecent = () => {
    const oldest = entries.keys().next();
    if (!oldest.done) remove(oldest.value);
  };

  return {
    get(key) {
      const slot = entries.get(key);
      if (!slot) return undefined;
      entries.delete(key);
      entries.set(key, slot);
      return slot.entry;
    },
    set(key, entry) {
      remove(key);
      const weight = entryWeight(key, entry);
      if (weight > maxEntryBytes || maxEntries < 1) return;
      while (entries.size >= maxEntries || bytes + weight > maxBytes) evictLeastRecent();
      entries.set(key, { entry, weight });
      bytes += weight;
    },
    clear() {
      entries.clear();
      bytes = 0;
    },
    get size() {
      return entries.size;
    },
    get bytes() {
      return bytes;
    },
    limits: { maxEntries, maxBytes, maxEntryBytes },
  };
}

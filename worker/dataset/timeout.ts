// A D1 call took longer than its time limit.
class TimeoutError extends Error {
  override readonly name = 'TimeoutError';
}

/** Schedules time limits; tests pass one that expires only while D1 is simulated as hanging. */
export interface Timer {
  /** Calls `onExpire` after `ms` milliseconds unless the returned cancel function runs first. */
  start(ms: number, onExpire: () => void): () => void;
}

/** The runtime's clock. */
export const realTimer: Timer = {
  start(ms, onExpire) {
    const id = setTimeout(onExpire, ms);
    return () => clearTimeout(id);
  },
};

/**
 * Settles like `promise`, or rejects with {@link TimeoutError} after `ms` milliseconds. The timer
 * is cleared either way, so a finished request leaves no pending timer behind.
 */
export function withTimeout<T>(promise: Promise<T>, ms: number, timer: Timer = realTimer): Promise<T> {
  let cancel: (() => void) | undefined;
  const expired = new Promise<never>((_, reject) => {
    cancel = timer.start(ms, () => reject(new TimeoutError(`no answer within ${ms} ms`)));
  });
  return Promise.race([promise, expired]).finally(() => cancel?.());
}

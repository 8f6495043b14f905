/** Values made elsewhere (on worker threads), each handed to a known number of takers and then forgotten. */
export interface HandOff<T> {
  /** The value of `key`, now or when it is made; undefined once all its takers had it, or for an unknown key. */
  take(key: string): Promise<T> | undefined;
  /** Delivers the value of `key` to its takers, past and future. */
  deliver(key: string, value: T): void;
  /** Fails every value not yet delivered. */
  fail(error: unknown): void;
}

/**
 * A hand-off of one value per key to `takers` takers: the value leaves memory after the last
 * of them took it, which may be before it was even made. A later asker gets undefined and
 * must find the value elsewhere (a cache on disk).
 */
export function createHandOff<T>(keys: Iterable<string>, takers: number): HandOff<T> {
  // Kept apart: a value may be taken by all its takers before it is delivered.
  const waiting = new Map<string, { promise: Promise<T>; takes: number }>();
  const settle = new Map<string, { resolve: (value: T) => void; reject: (error: unknown) => void }>();
  for (const key of keys) {
    const promise = new Promise<T>((resolve, reject) => settle.set(key, { resolve, reject }));
    // Rejections reach whoever takes the value; one nobody takes must not crash the process.
    promise.catch(() => undefined);
    waiting.set(key, { promise, takes: 0 });
  }
  return {
    take(key) {
      const entry = waiting.get(key);
      if (entry === undefined) return undefined;
      if (++entry.takes >= takers) waiting.delete(key);
      return entry.promise;
    },
    deliver(key, value) {
      settle.get(key)?.resolve(value);
      settle.delete(key);
    },
    fail(error) {
      for (const pending of settle.values()) pending.reject(error);
      settle.clear();
    },
  };
}

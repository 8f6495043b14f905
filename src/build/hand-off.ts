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
 * of them took it, which may be before it was even made, or once `maxHeld` values made later
 * are waiting for takers (a taker may never come). A later asker gets undefined and must
 * find the value elsewhere (a cache on disk).
 */
export function createHandOff<T>(keys: Iterable<string>, takers: number, maxHeld = Infinity): HandOff<T> {
  // Kept apart: a value may be taken by all its takers before it is delivered.
  const waiting = new Map<string, { promise: Promise<T>; takes: number }>();
  // Values delivered and still waiting for a taker, oldest first.
  const held = new Set<string>();
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
      if (++entry.takes >= takers) {
        waiting.delete(key);
        held.delete(key);
      }
      return entry.promise;
    },
    deliver(key, value) {
      settle.get(key)?.resolve(value);
      settle.delete(key);
      if (!waiting.has(key)) return;
      held.add(key);
      for (const oldest of held) {
        if (held.size <= maxHeld) break;
        held.delete(oldest);
        waiting.delete(oldest);
      }
    },
    fail(error) {
      for (const pending of settle.values()) pending.reject(error);
      settle.clear();
    },
  };
}

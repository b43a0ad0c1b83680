/**
 * A value fetched on demand and kept for `ttlMs`, shared by every request of the process.
 * Concurrent callers share one in-flight fetch; a failure is not kept, so the next caller
 * tries again instead of seeing a stale error for the whole TTL.
 */
export interface TtlValue<T> {
  get(): Promise<T>;
  clear(): void;
}

export function ttlValue<T>(fetch: () => Promise<T>, ttlMs: number, now: () => number = Date.now): TtlValue<T> {
  let cached: { value: Promise<T>; expiresAt: number } | undefined;
  return {
    get() {
      if (cached && now() < cached.expiresAt) return cached.value;
      const value = fetch();
      const entry = { value, expiresAt: Number.POSITIVE_INFINITY };
      cached = entry;
      value.then(
        () => {
          entry.expiresAt = now() + ttlMs;
        },
        () => {
          if (cached === entry) cached = undefined;
        },
      );
      return value;
    },
    clear() {
      cached = undefined;
    },
  };
}

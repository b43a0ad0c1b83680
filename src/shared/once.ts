/**
 * `fetch` called at most once: every call returns the first call's promise (a failure too).
 * Per-request views of shared discovery use it so one request sees one answer and pays one
 * call, even when nothing is kept across requests (DISCOVERY_TTL_SECONDS=0).
 */
export function once<T>(fetch: () => Promise<T>): () => Promise<T> {
  let value: Promise<T> | undefined;
  return () => (value ??= fetch());
}

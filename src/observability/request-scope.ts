import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';

/** What the service notes about the request being served, wherever in its work it is. */
export interface RequestScope {
  /** `x-request-id` as the client sent it (when sane), else made here; on every log line and the response. */
  id: string;
  startedAt: number;
  /** The operation run, once known (null: none named, or none ran). */
  operationName: string | null;
  /** Upstream calls this request started (retries are part of one call). */
  upstreamCalls: number;
  /** Partitions (or whole providers) whose failure the answer reports, by their key. */
  failedPartitions: Set<string>;
}

const scopes = new AsyncLocalStorage<RequestScope>();

/** The request whose work is running now; undefined outside one (start-up, background refreshes begun before). */
export function currentRequest(): RequestScope | undefined {
  return scopes.getStore();
}

export function runInRequest<T>(scope: RequestScope, work: () => T): T {
  return scopes.run(scope, work);
}

/** A client's id is kept only when it is a plain token: it lands in logs and headers as it is. */
const SANE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

export function newRequestScope(givenId: string | null): RequestScope {
  return {
    id: givenId !== null && SANE_REQUEST_ID.test(givenId) ? givenId : randomUUID(),
    startedAt: performance.now(),
    operationName: null,
    upstreamCalls: 0,
    failedPartitions: new Set(),
  };
}

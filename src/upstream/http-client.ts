import ky, { HTTPError, TimeoutError, type KyInstance } from 'ky';
import { retryAfterMs } from './retry-after.js';

/** Tuning shared by both providers' clients (see README, "Settings"). */
export interface UpstreamHttpSettings {
  /** Budget of one upstream call, retries and body included. */
  timeoutMs: number;
  /** Retries after the first attempt, for idempotent GETs only. */
  retryLimit: number;
  /** First backoff delay; doubles each retry up to 8 s, like the official SDKs. */
  retryBaseDelayMs: number;
  /** A Retry-After longer than this is not waited for: the call fails as rate limited. */
  maxRetryAfterMs: number;
}

export const DEFAULT_UPSTREAM_HTTP_SETTINGS: UpstreamHttpSettings = {
  timeoutMs: 10_000,
  retryLimit: 2,
  retryBaseDelayMs: 500,
  maxRetryAfterMs: 5_000,
};

export interface UpstreamHttpOptions extends UpstreamHttpSettings {
  baseUrl: string;
  /** Full `Authorization` header value. Never logged, never put in an error. */
  authorization: string;
  /** Statuses worth retrying, per the provider's SDKs. */
  retryStatusCodes: number[];
  fetch?: typeof globalThis.fetch;
}

/** Why an upstream call produced no usable JSON. Providers map this to their error codes. */
export type UpstreamFailure =
  | { kind: 'http'; status: number; headers: Headers; body: string }
  | { kind: 'timeout' }
  | { kind: 'aborted' }
  | { kind: 'network'; message: string }
  | { kind: 'malformed'; status: number };

export class UpstreamFailureError extends Error {
  constructor(readonly failure: UpstreamFailure) {
    super(`upstream failure: ${failure.kind}`);
    this.name = 'UpstreamFailureError';
  }
}

export interface GetJsonOptions {
  searchParams?: URLSearchParams;
  /** The GraphQL request's signal: when the client goes away, so does the upstream call. */
  signal?: AbortSignal;
}

export interface UpstreamHttp {
  /** GET a path relative to the base URL and parse its JSON body. Throws UpstreamFailureError. */
  getJson(path: string, options?: GetJsonOptions): Promise<unknown>;
}

const MAX_BACKOFF_MS = 8_000;

export function createUpstreamHttp(options: UpstreamHttpOptions): UpstreamHttp {
  const client: KyInstance = ky.create({
    prefixUrl: options.baseUrl,
    headers: { authorization: options.authorization, accept: 'application/json' },
    // Per attempt; the overall deadline below also covers retries and the body.
    timeout: options.timeoutMs,
    throwHttpErrors: true,
    retry: {
      limit: options.retryLimit,
      methods: ['get'],
      statusCodes: options.retryStatusCodes,
      afterStatusCodes: [429, 503],
      maxRetryAfter: options.maxRetryAfterMs,
      delay: (attempt) => Math.min(options.retryBaseDelayMs * 2 ** (attempt - 1), MAX_BACKOFF_MS),
      jitter: (delay) => delay * (0.75 + Math.random() * 0.25),
      // A rate limit that asks for longer than we may wait is answered at once, as
      // UPSTREAM_RATE_LIMITED with the upstream's own wait, instead of stalling the query.
      shouldRetry: ({ error }) => {
        if (!(error instanceof HTTPError)) return undefined;
        const wait = retryAfterMs(error.response.headers);
        if (wait !== undefined && wait > options.maxRetryAfterMs) return false;
        return undefined;
      },
    },
    hooks: {
      afterResponse: [
        // ky reads only Retry-After; Gcore may send the more precise retry-after-ms.
        (_request, _options, response) => {
          const ms = response.headers.get('retry-after-ms');
          if (ms === null || response.ok) return response;
          const headers = new Headers(response.headers);
          headers.set('retry-after', String(Number(ms) / 1000));
          return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
        },
      ],
    },
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });

  return {
    async getJson(path, { searchParams, signal } = {}) {
      const deadline = AbortSignal.timeout(options.timeoutMs);
      const combined = signal ? AbortSignal.any([signal, deadline]) : deadline;
      let status = 0;
      let text: string;
      try {
        const response = await client.get(path.replace(/^\//, ''), {
          signal: combined,
          ...(searchParams ? { searchParams } : {}),
        });
        status = response.status;
        text = await response.text();
      } catch (error) {
        throw new UpstreamFailureError(await describeFailure(error, signal, deadline));
      }
      try {
        return JSON.parse(text) as unknown;
      } catch {
        throw new UpstreamFailureError({ kind: 'malformed', status });
      }
    },
  };
}

async function describeFailure(error: unknown, callerSignal: AbortSignal | undefined, deadline: AbortSignal): Promise<UpstreamFailure> {
  if (error instanceof HTTPError) {
    let body = '';
    try {
      body = await error.response.text();
    } catch {
      // The body is only used to classify the error; a lost body still leaves the status.
    }
    return { kind: 'http', status: error.response.status, headers: error.response.headers, body };
  }
  if (callerSignal?.aborted) return { kind: 'aborted' };
  if (error instanceof TimeoutError || deadline.aborted) return { kind: 'timeout' };
  return { kind: 'network', message: error instanceof Error ? error.message : String(error) };
}

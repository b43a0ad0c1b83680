import ky, { HTTPError, TimeoutError, type KyInstance, type RetryOptions } from 'ky';
import type { UpstreamEvents } from './call-events.js';
import { retryAfterMs } from './retry-after.js';
import { MalformedBodyError, type DriftReporter } from './tolerant-read.js';
import { bodyRedactor } from '../shared/redact.js';

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
  /**
   * The key in `authorization`: an upstream that echoes it (or a long run of it) into a body
   * gets that part cut before the body is read, so it can reach no answer, cache or log.
   */
  secret?: string;
  /** Statuses worth retrying, per the provider's SDKs. */
  retryStatusCodes: number[];
  /** Honour the `x-should-retry` header (`true` retries, `false` does not), as the Gcore SDKs do. */
  honourShouldRetryHeader?: boolean;
  /** Sent as `User-Agent`, so the upstream can tell this service's traffic apart. */
  userAgent: string;
  fetch?: typeof globalThis.fetch;
}

/** What every provider's client is built from. */
export interface UpstreamClientOptions {
  apiKey: string;
  apiUrl: string;
  http: UpstreamHttpSettings;
  userAgent: string;
  /** Told of every field that departs from the contract (see drift-log). */
  reportDrift: DriftReporter;
  /** Told of every call and retry (metrics); see observeCall. */
  events: UpstreamEvents;
  fetch?: typeof globalThis.fetch;
}

/** Why an upstream call produced no usable body. Providers map this to their error codes. */
export type UpstreamFailure =
  | { kind: 'http'; status: number; headers: Headers; body: string }
  | { kind: 'timeout' }
  | { kind: 'aborted' }
  | { kind: 'network'; message: string }
  /** Not JSON, or JSON of the wrong shape; `detail` names what broke it (never a value). */
  | { kind: 'malformed'; status: number; detail?: string };

export class UpstreamFailureError extends Error {
  constructor(readonly failure: UpstreamFailure) {
    super(`upstream failure: ${failure.kind}`);
    this.name = 'UpstreamFailureError';
  }
}

export interface GetJsonOptions<T> {
  searchParams?: URLSearchParams;
  /** The GraphQL request's signal: when the client goes away, so does the upstream call. */
  signal?: AbortSignal;
  /**
   * Reads the parsed JSON tolerantly (see tolerant-read.ts); throws MalformedBodyError only when
   * the envelope itself cannot be read, which makes the call a `malformed` failure.
   */
  read: (body: unknown) => T;
  /**
   * Epoch ms by which the call must end, when it is one step of something with a budget of
   * its own (a paged listing); the call's own budget applies too, whichever ends first.
   */
  notAfter?: number;
  /** Called before each retry of this call. */
  onRetry?: () => void;
}

export interface UpstreamHttp {
  /** GET a path relative to the base URL and read its JSON body. Throws UpstreamFailureError. */
  getJson<T>(path: string, options: GetJsonOptions<T>): Promise<T>;
}

const MAX_BACKOFF_MS = 8_000;
/** A retry started with less time than this left could not finish: answer with what we have. */
const MIN_ATTEMPT_MS = 50;

export function createUpstreamHttp(options: UpstreamHttpOptions): UpstreamHttp {
  const withoutKey = bodyRedactor([options.secret]);
  const backoffMs = (retryCount: number) => Math.min(options.retryBaseDelayMs * 2 ** (retryCount - 1), MAX_BACKOFF_MS);

  const client: KyInstance = ky.create({
    prefixUrl: options.baseUrl,
    headers: { authorization: options.authorization, accept: 'application/json', 'user-agent': options.userAgent },
    // Per attempt; the overall deadline in getJson also covers retries and the body.
    timeout: options.timeoutMs,
    throwHttpErrors: true,
    retry: {
      limit: options.retryLimit,
      methods: ['get'],
      statusCodes: options.retryStatusCodes,
      afterStatusCodes: [429, 503],
      maxRetryAfter: options.maxRetryAfterMs,
      delay: backoffMs,
      jitter: (delay) => delay * (0.75 + Math.random() * 0.25),
    },
    hooks: {
      afterResponse: [
        // ky reads only Retry-After; Gcore may send the more precise retry-after-ms.
        (_request, _options, response) => {
          if (response.ok || response.headers.get('retry-after-ms') === null) return response;
          const wait = retryAfterMs(response.headers);
          if (wait === undefined) return response;
          const headers = new Headers(response.headers);
          headers.set('retry-after', String(wait / 1000));
          return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
        },
      ],
    },
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });

  /**
   * Retry only when the wait still leaves time for another attempt inside the call's budget.
   * Otherwise the call ends now with the upstream's own answer (a 429 stays a rate limit with
   * its Retry-After, a 503 stays a 503) instead of sleeping into the deadline and reporting a
   * timeout.
   */
  const retryWithin = (deadlineAt: number): Pick<RetryOptions, 'shouldRetry'> => ({
    shouldRetry: ({ error, retryCount }) => {
      const said =
        options.honourShouldRetryHeader && error instanceof HTTPError
          ? error.response.headers.get('x-should-retry')
          : null;
      if (said === 'false') return false;
      const asked = error instanceof HTTPError ? retryAfterMs(error.response.headers) : undefined;
      if (asked !== undefined && asked > options.maxRetryAfterMs) return false;
      const wait = asked ?? backoffMs(retryCount);
      if (Date.now() + wait + MIN_ATTEMPT_MS >= deadlineAt) return false;
      // A status ky retries anyway keeps ky's own wait (Retry-After); `true` forces only the others.
      if (said === 'true' && error instanceof HTTPError && !options.retryStatusCodes.includes(error.response.status)) {
        return true;
      }
      return undefined; // ky's own rules: method, status code, Retry-After
    },
  });

  return {
    async getJson(path, { searchParams, signal, read, notAfter, onRetry }) {
      const deadlineAt = Math.min(Date.now() + options.timeoutMs, notAfter ?? Number.POSITIVE_INFINITY);
      const deadline = AbortSignal.timeout(Math.max(0, deadlineAt - Date.now()));
      const combined = signal ? AbortSignal.any([signal, deadline]) : deadline;
      let status = 0;
      let text: string;
      try {
        const response = await client.get(path.replace(/^\//, ''), {
          signal: combined,
          retry: retryWithin(deadlineAt),
          ...(searchParams ? { searchParams } : {}),
          ...(onRetry ? { hooks: { beforeRetry: [() => onRetry()] } } : {}),
        });
        status = response.status;
        text = await response.text();
      } catch (error) {
        throw new UpstreamFailureError(await describeFailure(error, combined, deadline));
      }
      let body: unknown;
      try {
        body = JSON.parse(withoutKey(text));
      } catch {
        throw new UpstreamFailureError({ kind: 'malformed', status, detail: 'the body is not JSON' });
      }
      try {
        return read(body);
      } catch (error) {
        if (error instanceof MalformedBodyError)
          throw new UpstreamFailureError({ kind: 'malformed', status, detail: error.detail });
        throw error;
      }
    },
  };
}

/**
 * What went wrong, from ky's error and the two signals: `combined` (the caller's signal and the
 * deadline) and `deadline` alone. The caller's own signal is not asked directly: the request
 * signal whatwg-node hands Yoga reports `aborted: false` even after it fired, so "combined
 * fired but not the deadline" is how a caller's abort is recognised.
 */
async function describeFailure(error: unknown, combined: AbortSignal, deadline: AbortSignal): Promise<UpstreamFailure> {
  if (error instanceof HTTPError) {
    let body = '';
    try {
      body = await error.response.text();
    } catch {
      // The body is only used to classify the error; a lost body still leaves the status.
    }
    return { kind: 'http', status: error.response.status, headers: error.response.headers, body };
  }
  if (error instanceof TimeoutError || deadline.aborted) return { kind: 'timeout' };
  if (combined.aborted) return { kind: 'aborted' };
  return { kind: 'network', message: error instanceof Error ? error.message : String(error) };
}

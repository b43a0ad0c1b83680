import { GraphQLError } from 'graphql';

/**
 * The stable `extensions.code` values a client can see. Clients switch on these, so they
 * never change meaning; add new ones rather than reuse.
 */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  PROVIDER_NOT_CONFIGURED: 'PROVIDER_NOT_CONFIGURED',
  UPSTREAM_UNAUTHORIZED: 'UPSTREAM_UNAUTHORIZED',
  UPSTREAM_NOT_FOUND: 'UPSTREAM_NOT_FOUND',
  UPSTREAM_RATE_LIMITED: 'UPSTREAM_RATE_LIMITED',
  UPSTREAM_UNAVAILABLE: 'UPSTREAM_UNAVAILABLE',
  /** A search would fan out to more partitions than MAX_PARTITIONS_PER_QUERY allows. */
  TOO_MANY_PARTITIONS: 'TOO_MANY_PARTITIONS',
  /** The operation has too many aliases or nests `equivalents` (refused before it runs). */
  QUERY_TOO_COMPLEX: 'QUERY_TOO_COMPLEX',
  /** `nodes(ids:)` or lookups by id past their documented maximum. */
  TOO_MANY_LOOKUPS: 'TOO_MANY_LOOKUPS',
  /** The service is at capacity (MAX_CONCURRENT_REQUESTS): retry after `Retry-After`. */
  OVERLOADED: 'OVERLOADED',
  /** The HTTP request itself is unusable (Yoga's code for it too): HTTP 400, or 405 for a method or a GET mutation. */
  BAD_REQUEST: 'BAD_REQUEST',
  /** A form-like POST (urlencoded, multipart, text/plain) without the CSRF header: HTTP 403. */
  CSRF_PREFLIGHT_REQUIRED: 'CSRF_PREFLIGHT_REQUIRED',
  /** A request body over MAX_REQUEST_BYTES: HTTP 413 (the code Yoga itself gives it). */
  REQUEST_ENTITY_TOO_LARGE: 'REQUEST_ENTITY_TOO_LARGE',
  /** PERSISTED_OPERATIONS=only: a raw document, no hash, or a hash not in the manifest. */
  OPERATION_NOT_TRUSTED: 'OPERATION_NOT_TRUSTED',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/**
 * Which slice of a provider's catalog an upstream call was about: `provider` in lower case
 * (`civo`), then the provider's own partition fields (Civo `region`; Gcore `projectId`, `regionId`).
 */
export interface PartitionRef {
  provider: string;
  region?: string;
  projectId?: number;
  regionId?: number;
}

/**
 * What went wrong on the wire, beneath the code: UPSTREAM_UNAVAILABLE alone cannot tell a
 * client whether the upstream was slow, down, or sent something unreadable.
 */
export type UpstreamReason =
  | 'HTTP_STATUS'
  | 'TIMEOUT'
  | 'UNREACHABLE'
  | 'MALFORMED_BODY'
  | 'CANCELLED'
  /** Not called: this partition failed repeatedly, and its circuit is open for a cool-down. */
  | 'CIRCUIT_OPEN'
  /** Not called: too many calls to this provider were already waiting (UPSTREAM_MAX_QUEUE). */
  | 'OVERLOADED';

export interface UpstreamErrorDetails {
  code: Exclude<ErrorCode, 'BAD_USER_INPUT' | 'PROVIDER_NOT_CONFIGURED'> | 'BAD_USER_INPUT';
  partition: PartitionRef;
  /** Absent only when the upstream answered fine but its answers disagree (an image in an unlisted region). */
  reason?: UpstreamReason;
  /** HTTP status the upstream answered, when it answered at all. */
  upstreamStatus?: number;
  /** The upstream's own error code (`code` / `result` for Civo, `exception_class` for Gcore), when code-shaped. */
  upstreamCode?: string;
  /** Seconds the upstream asked us to wait (429 / 503 with Retry-After). */
  retryAfterSeconds?: number;
  /** For MALFORMED_BODY: which field or page broke the contract (never a value). */
  detail?: string;
}

const RETRYABLE: ReadonlySet<string> = new Set([ErrorCode.UPSTREAM_RATE_LIMITED, ErrorCode.UPSTREAM_UNAVAILABLE]);
/** 4xx statuses that say "try again" (what the providers' SDKs retry); any other 4xx will answer the same next time. */
const TRANSIENT_CLIENT_STATUSES: ReadonlySet<number> = new Set([408, 409, 425, 429]);

/**
 * Whether the same request may succeed later. Outages, timeouts and rate limits may pass; an
 * upstream that refused the request itself with a 4xx (a wrong base URL's 404, a 400, a 418)
 * will refuse it again, even though the partition is "unavailable" to the client.
 */
function isRetryable(details: UpstreamErrorDetails): boolean {
  if (!RETRYABLE.has(details.code)) return false;
  const status = details.upstreamStatus;
  const refused =
    details.reason === 'HTTP_STATUS' &&
    status !== undefined &&
    status >= 400 &&
    status < 500 &&
    !TRANSIENT_CLIENT_STATUSES.has(status);
  return !refused;
}

/**
 * A failure of one upstream partition. It is a GraphQLError so Yoga shows it unmasked. Its
 * message is composed by us; `upstreamCode` quotes the upstream's body, so it is passed on only
 * when code-shaped, and the clients pass every UpstreamError through `withoutSecret` before it
 * leaves them: no API key, nor any fragment of one, leaks through it.
 */
export class UpstreamError extends GraphQLError {
  readonly details: UpstreamErrorDetails;

  constructor(message: string, details: UpstreamErrorDetails) {
    const { partition, ...rest } = details;
    super(message, {
      extensions: {
        code: details.code,
        ...partition,
        // The same spelling as the CloudProvider enum, so clients compare one value.
        provider: partition.provider.toUpperCase(),
        retryable: isRetryable(details),
        ...definedOnly(rest, ['reason', 'upstreamStatus', 'upstreamCode', 'retryAfterSeconds', 'detail']),
      },
    });
    this.name = 'UpstreamError';
    this.details = details;
  }
}

/** Input the service refuses before asking any upstream. */
export function badUserInput(message: string, extra: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.BAD_USER_INPUT, ...extra } });
}

/** A provider (`CIVO`) that has no key: `label` names it, `variable` says which setting gives it one. */
export function providerNotConfigured(provider: string, label: string, variable: string): GraphQLError {
  return new GraphQLError(`The ${label} provider is not configured (set ${variable}).`, {
    extensions: { code: ErrorCode.PROVIDER_NOT_CONFIGURED, provider },
  });
}

function definedOnly<T extends object>(source: T, keys: (keyof T)[]): Partial<T> {
  const out: Partial<T> = {};
  for (const key of keys) if (source[key] !== undefined) out[key] = source[key];
  return out;
}

import { ErrorCode, UpstreamError, type PartitionRef, type UpstreamErrorDetails } from '../errors.js';
import type { UpstreamFailure } from './http-client.js';
import { retryAfterMs } from './retry-after.js';
import { redactDeep, secretRedactor } from '../shared/redact.js';

/** What an upstream error code looks like (`database_account_not_found`, `NotFoundError`). */
const UPSTREAM_CODE = /^[A-Za-z][A-Za-z0-9_.-]{0,63}$/;

/**
 * The part of turning a failed call into a client's error that is the same for every
 * provider: everything but the meaning of an HTTP status and error body, which each
 * provider's errors module decides. `label` is the provider's name in messages; `where` names
 * the partition (" in region LON1").
 */
export function transportFailureError(
  label: string,
  failure: Exclude<UpstreamFailure, { kind: 'http' }>,
  partition: PartitionRef,
  where: string,
): UpstreamError {
  const code = ErrorCode.UPSTREAM_UNAVAILABLE;
  switch (failure.kind) {
    case 'timeout':
      return new UpstreamError(`${label} did not answer in time${where}.`, { code, partition, reason: 'TIMEOUT' });
    case 'aborted':
      return new UpstreamError(`The request to ${label}${where} was cancelled.`, {
        code,
        partition,
        reason: 'CANCELLED',
      });
    case 'network':
      return new UpstreamError(`${label} could not be reached${where}.`, { code, partition, reason: 'UNREACHABLE' });
    case 'malformed':
      return new UpstreamError(`${label} sent a response that could not be read${where}.`, {
        code,
        partition,
        reason: 'MALFORMED_BODY',
        upstreamStatus: failure.status,
        ...(failure.detail ? { detail: failure.detail } : {}),
      });
  }
}

/**
 * What every HTTP-status error carries: the status, the upstream's own code when its body had
 * one, and how long it asked us to wait (429, and 503 during maintenance).
 */
export function httpFailureDetails(
  failure: UpstreamFailure & { kind: 'http' },
  partition: PartitionRef,
  upstreamCode: string | undefined,
): Pick<UpstreamErrorDetails, 'partition' | 'reason' | 'upstreamStatus' | 'upstreamCode' | 'retryAfterSeconds'> {
  const wait = retryAfterMs(failure.headers);
  return {
    partition,
    reason: 'HTTP_STATUS',
    upstreamStatus: failure.status,
    // Only a code-shaped value is passed on: the upstream controls this string.
    ...(upstreamCode && UPSTREAM_CODE.test(upstreamCode) ? { upstreamCode } : {}),
    ...(wait !== undefined ? { retryAfterSeconds: Math.ceil(wait / 1000) } : {}),
  };
}

/**
 * The error with `secret` (the provider's API key), and any fragment of it, cut out of its
 * message and extensions. Our messages never carry a key, but some extensions quote the
 * upstream's body, and an upstream may echo what it was sent, mangled or not. An `upstreamCode`
 * that held any of it is dropped rather than passed on half-cut: it is no code of theirs.
 */
export function withoutSecret<E extends UpstreamError>(error: E, secret: string): E {
  const redact = secretRedactor({ keys: [secret] });
  error.message = redact(error.message);
  const extensions = error.extensions as Record<string, unknown>;
  for (const [key, value] of Object.entries(extensions)) {
    const scrubbed = redactDeep(value, redact);
    if (key === 'upstreamCode' && scrubbed !== value) delete extensions[key];
    else extensions[key] = scrubbed;
  }
  return error;
}

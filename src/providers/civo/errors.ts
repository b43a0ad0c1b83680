import { ErrorCode, UpstreamError, type PartitionRef } from '../../errors.js';
import type { UpstreamFailure } from '../../upstream/http-client.js';
import { retryAfterMs } from '../../upstream/retry-after.js';
import { isRecord } from '../../upstream/shape.js';

/** Civo's `code` for a key it does not know. It answers 404, but it is an auth failure. */
export const CIVO_ACCOUNT_NOT_FOUND = 'database_account_not_found';
export const CIVO_REGION_NOT_FOUND = 'database_region_not_found';
export const CIVO_IMAGE_NOT_FOUND = 'database_disk_image_not_found';

/** The upstream's own error code: `code` in most bodies, `result` in the 401 one. */
export function civoErrorCode(body: string): string | undefined {
  try {
    const parsed: unknown = JSON.parse(body);
    if (!isRecord(parsed)) return undefined;
    if (typeof parsed.code === 'string') return parsed.code;
    if (typeof parsed.result === 'string') return parsed.result;
  } catch {
    // nginx HTML pages and plain-text 404s carry no code.
  }
  return undefined;
}

/** Turns a failed Civo call into the error a GraphQL client sees for that partition. */
export function civoUpstreamError(failure: UpstreamFailure, partition: PartitionRef & { provider: 'civo' }): UpstreamError {
  const where = partition.region ? ` in region ${partition.region}` : '';
  switch (failure.kind) {
    case 'timeout':
      return new UpstreamError(`Civo did not answer in time${where}.`, { code: ErrorCode.UPSTREAM_UNAVAILABLE, partition });
    case 'aborted':
      return new UpstreamError(`The request to Civo${where} was cancelled.`, { code: ErrorCode.UPSTREAM_UNAVAILABLE, partition });
    case 'network':
      return new UpstreamError(`Civo could not be reached${where}.`, { code: ErrorCode.UPSTREAM_UNAVAILABLE, partition });
    case 'malformed':
      return new UpstreamError(`Civo sent a response that could not be read${where}.`, {
        code: ErrorCode.UPSTREAM_UNAVAILABLE,
        partition,
        upstreamStatus: failure.status,
      });
    case 'http':
      return httpError(failure, partition, where);
  }
}

function httpError(
  failure: UpstreamFailure & { kind: 'http' },
  partition: PartitionRef & { provider: 'civo' },
  where: string,
): UpstreamError {
  const upstreamCode = civoErrorCode(failure.body);
  const base = { partition, upstreamStatus: failure.status, ...(upstreamCode ? { upstreamCode } : {}) };
  if (failure.status === 401 || failure.status === 403 || upstreamCode === CIVO_ACCOUNT_NOT_FOUND) {
    return new UpstreamError('Civo rejected the API key.', { ...base, code: ErrorCode.UPSTREAM_UNAUTHORIZED });
  }
  if (failure.status === 404 && upstreamCode === CIVO_REGION_NOT_FOUND) {
    return new UpstreamError(`Civo has no region ${partition.region ?? '(none given)'}.`, { ...base, code: ErrorCode.UPSTREAM_NOT_FOUND });
  }
  if (failure.status === 429) {
    const wait = retryAfterMs(failure.headers);
    return new UpstreamError(`Civo is rate limiting requests${where}.`, {
      ...base,
      code: ErrorCode.UPSTREAM_RATE_LIMITED,
      ...(wait !== undefined ? { retryAfterSeconds: Math.ceil(wait / 1000) } : {}),
    });
  }
  // 5xx (often an nginx HTML page), a plain-text 404 for an unknown route (wrong base URL)
  // and anything else unexpected: the partition is unusable right now.
  return new UpstreamError(`Civo failed to answer${where} (HTTP ${failure.status}).`, { ...base, code: ErrorCode.UPSTREAM_UNAVAILABLE });
}

import { ErrorCode, UpstreamError, type PartitionRef } from '../../errors.js';
import { httpFailureDetails, transportFailureError } from '../../upstream/failure-errors.js';
import type { UpstreamFailure } from '../../upstream/http-client.js';
import { isRecord } from '../../upstream/tolerant-read.js';

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
export function civoUpstreamError(
  failure: UpstreamFailure,
  partition: PartitionRef & { provider: 'civo' },
): UpstreamError {
  const where = partition.region ? ` in region ${partition.region}` : '';
  if (failure.kind !== 'http') return transportFailureError('Civo', failure, partition, where);

  const upstreamCode = civoErrorCode(failure.body);
  const base = httpFailureDetails(failure, partition, upstreamCode);
  if (failure.status === 401 || failure.status === 403 || upstreamCode === CIVO_ACCOUNT_NOT_FOUND) {
    return new UpstreamError('Civo rejected the API key.', { ...base, code: ErrorCode.UPSTREAM_UNAUTHORIZED });
  }
  if (failure.status === 404 && upstreamCode === CIVO_REGION_NOT_FOUND) {
    return new UpstreamError(`Civo has no region ${partition.region ?? '(none given)'}.`, {
      ...base,
      code: ErrorCode.UPSTREAM_NOT_FOUND,
    });
  }
  if (failure.status === 429) {
    return new UpstreamError(`Civo is rate limiting requests${where}.`, {
      ...base,
      code: ErrorCode.UPSTREAM_RATE_LIMITED,
    });
  }
  // 5xx (often an nginx HTML page), a plain-text 404 for an unknown route (wrong base URL)
  // and anything else unexpected: the partition is unusable right now.
  return new UpstreamError(`Civo failed to answer${where} (HTTP ${failure.status}).`, {
    ...base,
    code: ErrorCode.UPSTREAM_UNAVAILABLE,
  });
}

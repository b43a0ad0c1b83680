import { ErrorCode, UpstreamError, type PartitionRef } from '../../errors.js';
import type { UpstreamFailure } from '../../upstream/http-client.js';
import { retryAfterMs } from '../../upstream/retry-after.js';
import { isRecord } from '../../upstream/shape.js';

export type GcorePartitionRef = PartitionRef & { provider: 'gcore' };

interface ParsedGcoreError {
  exceptionClass?: string;
  invalidFields?: Record<string, unknown>;
}

function parseBody(body: string): ParsedGcoreError {
  try {
    const parsed: unknown = JSON.parse(body);
    if (!isRecord(parsed)) return {};
    return {
      ...(typeof parsed.exception_class === 'string' ? { exceptionClass: parsed.exception_class } : {}),
      ...(isRecord(parsed.invalid_fields) ? { invalidFields: parsed.invalid_fields } : {}),
    };
  } catch {
    return {};
  }
}

function describe(partition: GcorePartitionRef): string {
  const parts: string[] = [];
  if (partition.projectId !== undefined) parts.push(`project ${partition.projectId}`);
  if (partition.regionId !== undefined) parts.push(`region ${partition.regionId}`);
  return parts.length ? ` for ${parts.join(', ')}` : '';
}

/** Turns a failed Gcore call into the error a GraphQL client sees for that partition. */
export function gcoreUpstreamError(failure: UpstreamFailure, partition: GcorePartitionRef): UpstreamError {
  const where = describe(partition);
  switch (failure.kind) {
    case 'timeout':
      return new UpstreamError(`Gcore did not answer in time${where}.`, { code: ErrorCode.UPSTREAM_UNAVAILABLE, partition });
    case 'aborted':
      return new UpstreamError(`The request to Gcore${where} was cancelled.`, { code: ErrorCode.UPSTREAM_UNAVAILABLE, partition });
    case 'network':
      return new UpstreamError(`Gcore could not be reached${where}.`, { code: ErrorCode.UPSTREAM_UNAVAILABLE, partition });
    case 'malformed':
      return new UpstreamError(`Gcore sent a response that could not be read${where}.`, {
        code: ErrorCode.UPSTREAM_UNAVAILABLE,
        partition,
        upstreamStatus: failure.status,
      });
    case 'http':
      return httpError(failure, partition, where);
  }
}

function httpError(failure: UpstreamFailure & { kind: 'http' }, partition: GcorePartitionRef, where: string): UpstreamError {
  const { exceptionClass, invalidFields } = parseBody(failure.body);
  const base = { partition, upstreamStatus: failure.status, ...(exceptionClass ? { upstreamCode: exceptionClass } : {}) };
  switch (true) {
    case failure.status === 401 || failure.status === 403:
      return new UpstreamError('Gcore rejected the API key.', { ...base, code: ErrorCode.UPSTREAM_UNAUTHORIZED });
    case failure.status === 404:
      return new UpstreamError(`Gcore does not know${where || ' that resource'}.`, { ...base, code: ErrorCode.UPSTREAM_NOT_FOUND });
    case failure.status === 400: {
      // We validate arguments before sending them, so this names what Gcore still refused.
      const fields = invalidFields ? Object.keys(invalidFields).join(', ') : '';
      const error = new UpstreamError(`Gcore refused the request parameters${fields ? ` (${fields})` : ''}.`, {
        ...base,
        code: ErrorCode.BAD_USER_INPUT,
      });
      if (invalidFields) error.extensions.invalidFields = invalidFields;
      return error;
    }
    case failure.status === 429: {
      const wait = retryAfterMs(failure.headers);
      return new UpstreamError(`Gcore is rate limiting requests${where}.`, {
        ...base,
        code: ErrorCode.UPSTREAM_RATE_LIMITED,
        ...(wait !== undefined ? { retryAfterSeconds: Math.ceil(wait / 1000) } : {}),
      });
    }
    default:
      return new UpstreamError(`Gcore failed to answer${where} (HTTP ${failure.status}).`, { ...base, code: ErrorCode.UPSTREAM_UNAVAILABLE });
  }
}

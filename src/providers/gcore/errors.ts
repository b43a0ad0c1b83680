import { ErrorCode, UpstreamError, type PartitionRef } from '../../errors.js';
import { httpFailureDetails, transportFailureError } from '../../upstream/failure-errors.js';
import type { UpstreamFailure } from '../../upstream/http-client.js';
import { isRecord } from '../../upstream/tolerant-read.js';

export type GcorePartitionRef = PartitionRef & { provider: 'gcore' };

interface ParsedGcoreError {
  exceptionClass?: string;
}

function parseBody(body: string): ParsedGcoreError {
  try {
    const parsed: unknown = JSON.parse(body);
    if (!isRecord(parsed)) return {};
    return {
      ...(typeof parsed.exception_class === 'string' ? { exceptionClass: parsed.exception_class } : {}),
    };
  } catch {
    return {};
  }
}

/** "project 1000001, region 76", or "" for an account-wide call. */
function partitionWords(partition: GcorePartitionRef, joiner: string): string {
  const parts: string[] = [];
  if (partition.projectId !== undefined) parts.push(`project ${partition.projectId}`);
  if (partition.regionId !== undefined) parts.push(`region ${partition.regionId}`);
  return parts.join(joiner);
}

/** Turns a failed Gcore call into the error a GraphQL client sees for that partition. */
export function gcoreUpstreamError(failure: UpstreamFailure, partition: GcorePartitionRef): UpstreamError {
  const words = partitionWords(partition, ', ');
  const where = words ? ` for ${words}` : '';
  if (failure.kind !== 'http') return transportFailureError('Gcore', failure, partition, where);

  const { exceptionClass } = parseBody(failure.body);
  const base = httpFailureDetails(failure, partition, exceptionClass);
  switch (true) {
    case failure.status === 401 || failure.status === 403:
      return new UpstreamError('Gcore rejected the API key.', { ...base, code: ErrorCode.UPSTREAM_UNAUTHORIZED });
    case failure.status === 404: {
      // Gcore answers the same NotFoundError for an unknown project and an unknown region.
      const missing = partitionWords(partition, ' or ');
      return new UpstreamError(missing ? `Gcore does not know ${missing}.` : 'Gcore does not know that resource.', {
        ...base,
        code: ErrorCode.UPSTREAM_NOT_FOUND,
      });
    }
    case failure.status === 429:
      return new UpstreamError(`Gcore is rate limiting requests${where}.`, {
        ...base,
        code: ErrorCode.UPSTREAM_RATE_LIMITED,
      });
    default:
      return new UpstreamError(`Gcore failed to answer${where} (HTTP ${failure.status}).`, {
        ...base,
        code: ErrorCode.UPSTREAM_UNAVAILABLE,
      });
  }
}

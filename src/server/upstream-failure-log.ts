import type { GraphQLError } from 'graphql';
import { handleStreamOrSingleExecutionResult, type Plugin } from 'graphql-yoga';
import type { Logger } from '../observability/log.js';
import { currentRequest } from '../observability/request-scope.js';
import type { AnyResult } from './incremental-results.js';

// Our own limits (TOO_MANY_PARTITIONS) are the client's business, not an upstream's health.
const LOGGED_CODES = /^UPSTREAM_/;

/**
 * One warning line per upstream failure a response reports, so operators see outages, rate
 * limits and wrong keys in the log and not only clients in their `errors`. Everything logged
 * comes from our own coded errors (composed messages and extensions), never a request.
 * Registered after the plugin that adds partial failures, so it sees those too. The request's
 * access line counts the distinct partitions these failures name.
 */
export function useUpstreamFailureLog(logger: Logger): Plugin {
  return {
    onExecute() {
      return {
        // Every payload of an incremental (@defer/@stream) answer too, and the errors of its entries.
        onExecuteDone(payload) {
          return handleStreamOrSingleExecutionResult(payload, ({ result }) => {
            const { errors = [], incremental = [] } = result as AnyResult;
            for (const error of [...errors, ...incremental.flatMap((entry) => entry.errors ?? [])]) {
              const code = error.extensions?.code;
              if (typeof code !== 'string' || !LOGGED_CODES.test(code) || error.extensions.reason === 'CANCELLED')
                continue;
              logger.warn(describe(error, code));
              currentRequest()?.failedPartitions.add(partitionOf(error));
            }
          });
        },
      };
    },
  };
}

function partitionOf(error: GraphQLError): string {
  const { provider, region, regionId, projectId } = error.extensions as Record<string, unknown>;
  return [provider, projectId, region ?? regionId]
    .map((part) => (part === undefined || part === null ? '-' : String(part)))
    .join(':');
}

function describe(error: GraphQLError, code: string): string {
  const { provider, region, regionId, projectId, reason, upstreamStatus, retryAfterSeconds } =
    error.extensions as Record<string, unknown>;
  const regionName = region ?? regionId;
  const where = [
    provider,
    projectId === undefined || projectId === null ? undefined : `project ${String(projectId)}`,
    regionName === undefined || regionName === null ? undefined : `region ${String(regionName)}`,
  ]
    .filter((part) => part !== undefined)
    .join(' ');
  const why = [
    code,
    reason,
    upstreamStatus,
    retryAfterSeconds === undefined ? undefined : `retry after ${String(retryAfterSeconds)} s`,
  ]
    .filter((part) => part !== undefined)
    .join(' ');
  return `upstream failure${where ? ` (${where})` : ''}: ${why}: ${error.message} [at ${error.path?.join('.') ?? 'request'}]`;
}

import type { Plugin } from 'graphql-yoga';
import { ErrorCode } from '../errors.js';

/**
 * Past MAX_CONCURRENT_REQUESTS GraphQL requests at once, answers at once with 503, a coded
 * error and `Retry-After`, instead of letting every request slow down until all time out.
 * A warm query is pure in-memory work, so this bounds queueing, not cache hits.
 */
export function useLoadShedding(maxConcurrent: number, onShed: () => void): Plugin {
  let inFlight = 0;
  const admitted = new WeakSet<Request>();
  return {
    onRequest({ request, endResponse }) {
      if (inFlight >= maxConcurrent) {
        onShed();
        endResponse(
          Response.json(
            {
              errors: [
                {
                  message: `The service is at capacity (${maxConcurrent} requests at once); retry in a second.`,
                  extensions: { code: ErrorCode.OVERLOADED, retryAfterSeconds: 1 },
                },
              ],
            },
            { status: 503, headers: { 'retry-after': '1' } },
          ),
        );
        return;
      }
      inFlight++;
      admitted.add(request);
    },
    onResponse({ request }) {
      if (admitted.delete(request)) inFlight--;
    },
  };
}

import { isAsyncIterable, type Plugin } from 'graphql-yoga';
import { ErrorCode } from '../errors.js';

/**
 * Past MAX_CONCURRENT_REQUESTS GraphQL requests at once, answers at once with 503, a coded
 * error and `Retry-After`, instead of letting every request slow down until all time out.
 * A warm query is pure in-memory work, so this bounds queueing, not cache hits.
 * An incremental (@defer/@stream) answer counts until its last payload is sent or the client
 * goes away, not only until its first: its deferred parts are still working.
 */
export function useLoadShedding(maxConcurrent: number, onShed: () => void): Plugin {
  let inFlight = 0;
  const admitted = new WeakSet<Request>();
  const streaming = new WeakSet<Request>();
  const release = (request: Request) => {
    if (admitted.delete(request)) inFlight--;
  };
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
    onExecute({ args }) {
      const { request } = args.contextValue as { request: Request };
      return {
        onExecuteDone({ result }) {
          if (!isAsyncIterable(result)) return;
          streaming.add(request);
          return { onEnd: () => release(request) };
        },
      };
    },
    onResponse({ request }) {
      if (!streaming.has(request)) release(request);
    },
  };
}

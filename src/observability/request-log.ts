import { getOperationAST } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Logger } from 'pino';
import { currentRequest, newRequestScope, runInRequest, type RequestScope } from './request-scope.js';

const REQUEST_ID_HEADER = 'x-request-id';

/**
 * Gives each request its id (the client's `x-request-id` when it is a plain token, else a new
 * one), runs all of its work inside its scope so every log line carries the id, returns the id
 * on the response, and writes one access line when it ends. `quietPaths` (probes, scrapes)
 * get theirs at debug level only: they come every few seconds and say nothing new.
 */
export function useRequestLog(logger: Logger, quietPaths: ReadonlySet<string>): Plugin {
  const scopes = new WeakMap<Request, RequestScope>();
  return {
    instrumentation: {
      request({ request }, wrapped) {
        const scope = newRequestScope(request.headers.get(REQUEST_ID_HEADER));
        scopes.set(request, scope);
        return runInRequest(scope, wrapped);
      },
    },
    onParams({ params }) {
      const scope = currentRequest();
      if (scope && typeof params.operationName === 'string') scope.operationName = params.operationName;
    },
    onExecute({ args }) {
      const scope = currentRequest();
      const named = getOperationAST(args.document, args.operationName)?.name?.value;
      if (scope && named) scope.operationName = named;
    },
    onResponse({ request, response, setResponse }) {
      const scope = currentRequest() ?? scopes.get(request);
      if (!scope) return;
      let answered = response;
      try {
        answered.headers.set(REQUEST_ID_HEADER, scope.id);
      } catch {
        // A response with immutable headers (one passed through from a fetch): copy it.
        const headers = new Headers(response.headers);
        headers.set(REQUEST_ID_HEADER, scope.id);
        answered = new Response(response.body, { status: response.status, statusText: response.statusText, headers });
        setResponse(answered);
      }
      const path = new URL(request.url, 'http://localhost').pathname;
      const line = {
        method: request.method,
        path,
        status: answered.status,
        operation: scope.operationName,
        durationMs: Math.round((performance.now() - scope.startedAt) * 10) / 10,
        upstreamCalls: scope.upstreamCalls,
        partitionsFailed: scope.failedPartitions.size,
      };
      if (quietPaths.has(path)) logger.debug(line, 'request');
      else logger.info(line, 'request');
    },
  };
}

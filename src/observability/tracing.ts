import { context, propagation, ROOT_CONTEXT, SpanKind, trace, type TextMapGetter } from '@opentelemetry/api';
import { getOperationAST } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { SERVICE_NAME, SERVICE_VERSION } from '../version.js';

/**
 * The service's tracer (OpenTelemetry API). Until a tracer provider is registered — main.ts
 * does with OTEL_EXPORTER_OTLP_ENDPOINT set (startTracing), a test with an in-memory one —
 * every span is a no-op.
 */
export const tracer = trace.getTracer(SERVICE_NAME, SERVICE_VERSION);

const fromHeaders: TextMapGetter<Headers> = {
  get: (headers, key) => headers.get(key) ?? undefined,
  keys: (headers) => [...headers.keys()],
};

/**
 * One server span per request (`query LondonImages` once the operation is known), continuing
 * the caller's trace when it sends `traceparent`; upstream calls are its children (observeCall).
 * `quietPaths` (probes, scrapes) get none.
 */
export function useTracing(quietPaths: ReadonlySet<string>): Plugin {
  return {
    instrumentation: {
      request({ request }, wrapped) {
        const url = new URL(request.url, 'http://localhost');
        if (quietPaths.has(url.pathname)) return wrapped();
        const parent = propagation.extract(ROOT_CONTEXT, request.headers, fromHeaders);
        const attributes = { 'http.request.method': request.method, 'url.path': url.pathname };
        return tracer.startActiveSpan(
          'GraphQL request',
          { kind: SpanKind.SERVER, attributes },
          parent,
          async (span) => {
            try {
              await wrapped();
            } finally {
              span.end();
            }
          },
        );
      },
    },
    onExecute({ args }) {
      const span = trace.getSpan(context.active());
      const operation = getOperationAST(args.document, args.operationName);
      if (!span || !operation) return;
      const name = operation.name?.value;
      span.updateName(name ? `${operation.operation} ${name}` : operation.operation);
      span.setAttribute('graphql.operation.type', operation.operation);
      if (name) span.setAttribute('graphql.operation.name', name);
    },
    onResponse({ response }) {
      trace.getSpan(context.active())?.setAttribute('http.response.status_code', response.status);
    },
  };
}

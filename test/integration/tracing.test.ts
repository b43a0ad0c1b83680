import { context, propagation, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import { InMemorySpanExporter, NodeTracerProvider, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-node';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startStack, type Stack } from '../support/stack.js';

/**
 * OpenTelemetry tracing, with an in-memory exporter registered as main.ts registers the OTLP
 * one: a server span per request named after its operation, a client span per upstream call.
 */

const exporter = new InMemorySpanExporter();
const provider = new NodeTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] });
let stack: Stack;

beforeAll(async () => {
  provider.register();
  stack = await startStack();
});
afterAll(async () => {
  await stack.close();
  await provider.shutdown();
  trace.disable();
  context.disable();
  propagation.disable();
});
beforeEach(() => {
  exporter.reset();
  stack.emulator.clearFaults();
  stack.emulator.resetRequests();
});

const LONDON = `query LondonImages { images(filter: { regions: ["LON1"] }) { totalCount } }`;
const spanOf = (id: string | undefined) => exporter.getFinishedSpans().find((span) => span.spanContext().spanId === id);

describe('tracing', () => {
  it('traces a request as its operation, with its upstream calls as children, failures and retries marked', async () => {
    stack.emulator.addFault({
      target: { provider: 'civo', region: 'LON1' },
      fault: { kind: 'status', status: 503 },
    });
    await stack.post({ query: LONDON });

    const spans = exporter.getFinishedSpans();
    const servers = spans.filter((span) => span.kind === SpanKind.SERVER);
    expect(servers.map((span) => span.name)).toEqual(['query LondonImages']);
    const [server] = servers;
    expect(server!.attributes).toMatchObject({
      'graphql.operation.name': 'LondonImages',
      'graphql.operation.type': 'query',
      'http.response.status_code': 200,
      'url.path': '/graphql',
    });

    const upstream = spans.filter((span) => span.kind === SpanKind.CLIENT);
    // One span per upstream call, whatever its retries: discovery, then the listing.
    expect(upstream.length).toBe(stack.emulator.count() - 1);
    for (const span of upstream) {
      expect(span.name).toBe('upstream civo');
      expect(spanOf(span.parentSpanContext?.spanId)).toBe(server);
    }
    const listing = upstream.find((span) => span.attributes['catalog.partition'] === 'LON1');
    expect(listing!.attributes['catalog.outcome']).toBe('UPSTREAM_UNAVAILABLE');
    expect(listing!.status).toEqual({ code: SpanStatusCode.ERROR, message: 'UPSTREAM_UNAVAILABLE' });
    expect(listing!.events.map((event) => event.name)).toEqual(['retry']);
  });

  it("continues the caller's trace from traceparent, and traces no probe", async () => {
    const traceId = '4bf92f3577b34da6a3ce929d0e0e4736';
    await stack.post(
      { query: '{ civoRegions { code } }' },
      {
        headers: {
          'content-type': 'application/json',
          traceparent: `00-${traceId}-00f067aa0ba902b7-01`,
        },
      },
    );
    for (const path of ['/health', '/ready', '/metrics']) await fetch(new URL(path, stack.url));
    const servers = exporter.getFinishedSpans().filter((span) => span.kind === SpanKind.SERVER);
    expect(servers.map((span) => [span.name, span.spanContext().traceId])).toEqual([['query', traceId]]);
  });
});

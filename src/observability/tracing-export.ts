import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor, NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import { SERVICE_NAME, SERVICE_VERSION } from '../version.js';

/** How long a stop waits for the last spans to reach the collector. */
const FLUSH_MS = 2_000;

/**
 * Sends the service's spans to an OTLP/HTTP collector (`<endpoint>/v1/traces`), batched, and
 * reads `traceparent` from callers (W3C trace context). Returns what flushes and stops it.
 * Loaded by main.ts only when OTEL_EXPORTER_OTLP_ENDPOINT is set.
 */
export function startTracing(endpoint: string): () => Promise<void> {
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ 'service.name': SERVICE_NAME, 'service.version': SERVICE_VERSION }),
    spanProcessors: [new BatchSpanProcessor(new OTLPTraceExporter({ url: `${endpoint}/v1/traces` }))],
  });
  provider.register();
  // A collector that is down must not hold a stop: the last spans get FLUSH_MS, then are dropped.
  return () =>
    Promise.race([
      provider.shutdown().catch(() => {}),
      new Promise<void>((resolve) => setTimeout(resolve, FLUSH_MS).unref()),
    ]);
}

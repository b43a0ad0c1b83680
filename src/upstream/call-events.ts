import { SpanKind, SpanStatusCode } from '@opentelemetry/api';
import { GraphQLError } from 'graphql';
import { tracer } from '../observability/tracing.js';

/** One upstream call as metrics name it: its provider and partition (`LON1`, `1:76`, `-` for account-wide calls). */
export interface UpstreamCall {
  provider: string;
  partition: string;
}

/** What the service is told about upstream calls (metrics, and the request's own count). */
export interface UpstreamEvents {
  /** A call ended: `outcome` is `ok`, `cancelled` (the client went away) or the error code it failed with. */
  called(call: UpstreamCall & { outcome: string; durationMs: number }): void;
  /** A call is about to try again (ky's retries within its budget). */
  retried(call: UpstreamCall): void;
}

export const IGNORED_UPSTREAM_EVENTS: UpstreamEvents = { called: () => {}, retried: () => {} };

/**
 * Runs one upstream call (`run` gets the hook to call on each retry) and tells `events` how
 * it ended, once, with its duration, retries included; traced as a client span of the request.
 * Providers call this where every call of theirs passes through, around the mapping of
 * failures to coded errors.
 */
export function observeCall<T>(
  events: UpstreamEvents,
  call: UpstreamCall,
  run: (onRetry: () => void) => Promise<T>,
): Promise<T> {
  const attributes = { 'catalog.provider': call.provider, 'catalog.partition': call.partition };
  return tracer.startActiveSpan(`upstream ${call.provider}`, { kind: SpanKind.CLIENT, attributes }, async (span) => {
    const started = performance.now();
    let outcome = 'ok';
    try {
      return await run(() => {
        span.addEvent('retry');
        events.retried(call);
      });
    } catch (error) {
      outcome = outcomeOf(error);
      if (outcome !== 'cancelled') span.setStatus({ code: SpanStatusCode.ERROR, message: outcome });
      throw error;
    } finally {
      span.setAttribute('catalog.outcome', outcome);
      span.end();
      events.called({ ...call, outcome, durationMs: performance.now() - started });
    }
  });
}

function outcomeOf(error: unknown): string {
  if (!(error instanceof GraphQLError)) return 'INTERNAL';
  if (error.extensions.reason === 'CANCELLED') return 'cancelled';
  return typeof error.extensions.code === 'string' ? error.extensions.code : 'INTERNAL';
}

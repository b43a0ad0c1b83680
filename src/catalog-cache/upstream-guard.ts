import {
  bulkhead,
  circuitBreaker,
  CircuitState,
  ConsecutiveBreaker,
  handleWhen,
  isBrokenCircuitError,
  isBulkheadRejectedError,
  TaskCancelledError,
  type BulkheadPolicy,
  type CircuitBreakerPolicy,
} from 'cockatiel';
import { LRUCache } from 'lru-cache';
import type { CloudProvider } from '../catalog/disk-image.js';
import { ErrorCode, UpstreamError, type PartitionRef } from '../errors.js';
import type { CatalogCacheSettings } from './settings.js';

/**
 * Keeps upstream listing calls within bounds (cockatiel): per provider a bulkhead caps calls in
 * flight, per partition a circuit breaker stops calling a partition that keeps failing, then
 * lets one probe through after the cool-down. A refused call fails at once, typed.
 */
export interface UpstreamGuard {
  run<T>(provider: CloudProvider, partitionKey: string, where: PartitionRef, call: () => Promise<T>): Promise<T>;
  /** Partitions whose circuit is open now (for stats and tests). */
  openCircuits(): string[];
}

// Only failures that say the upstream is unwell count: a 404 or 401 is an answer, not an outage,
// and a client that went away (CANCELLED, when calls follow the request) says nothing of it.
const outage = handleWhen(
  (error) =>
    error instanceof UpstreamError && error.extensions.retryable === true && error.details.reason !== 'CANCELLED',
);

// Breakers are per partition key, and keys come from requests (a region argument): keep the
// most recently used ones only. A forgotten breaker was closed or cooling down; it starts closed.
const BREAKERS_KEPT = 10_000;

export function createUpstreamGuard(
  settings: Pick<CatalogCacheSettings, 'breakerFailures' | 'breakerCooldownMs' | 'maxConcurrency' | 'maxQueue'> & {
    /** How long a call may wait for a slot (UPSTREAM_TIMEOUT_MS: a call's whole budget). */
    maxQueueWaitMs: number;
  },
): UpstreamGuard {
  const bulkheads = new Map<CloudProvider, BulkheadPolicy>();
  const breakers = new LRUCache<string, CircuitBreakerPolicy>({ max: BREAKERS_KEPT });
  const bulkheadOf = (provider: CloudProvider) => {
    let policy = bulkheads.get(provider);
    if (!policy) bulkheads.set(provider, (policy = bulkhead(settings.maxConcurrency, settings.maxQueue)));
    return policy;
  };
  const breakerOf = (key: string) => {
    let policy = breakers.get(key);
    if (!policy) {
      policy = circuitBreaker(outage, {
        halfOpenAfter: settings.breakerCooldownMs,
        breaker: new ConsecutiveBreaker(settings.breakerFailures),
      });
      breakers.set(key, policy);
    }
    return policy;
  };
  return {
    async run(provider, partitionKey, where, call) {
      const limited = () => withinQueueWait(bulkheadOf(provider), call, settings.maxQueueWaitMs);
      try {
        return settings.breakerFailures === 0 ? await limited() : await breakerOf(partitionKey).execute(limited);
      } catch (error) {
        if (isBrokenCircuitError(error))
          throw new UpstreamError(
            `Not asked: this partition failed ${settings.breakerFailures} times in a row, so it rests for up to ${settings.breakerCooldownMs / 1000} s before one probe.`,
            { code: ErrorCode.UPSTREAM_UNAVAILABLE, partition: where, reason: 'CIRCUIT_OPEN' },
          );
        if (isBulkheadRejectedError(error))
          throw new UpstreamError(
            `Not asked: ${settings.maxQueue} calls to this provider were already waiting (UPSTREAM_MAX_QUEUE).`,
            { code: ErrorCode.UPSTREAM_UNAVAILABLE, partition: where, reason: 'OVERLOADED' },
          );
        // instanceof: cockatiel 3's isTaskCancelledError() tests for the bulkhead's own flag.
        if (error instanceof TaskCancelledError)
          throw new UpstreamError(
            `Not asked: no call slot to this provider came free within ${settings.maxQueueWaitMs} ms (UPSTREAM_MAX_CONCURRENCY).`,
            { code: ErrorCode.UPSTREAM_UNAVAILABLE, partition: where, reason: 'OVERLOADED' },
          );
        throw error;
      }
    },
    openCircuits: () =>
      [...breakers.entries()].filter(([, policy]) => policy.state === CircuitState.Open).map(([key]) => key),
  };
}

/**
 * The bulkhead's queue checks a cancelled call only when its turn comes: give up on it as soon
 * as it has waited `ms` (a call that has started is bounded by its own deadline instead).
 */
function withinQueueWait<T>(bulkhead: BulkheadPolicy, call: () => Promise<T>, ms: number): Promise<T> {
  const wait = AbortSignal.timeout(ms);
  let started = false;
  const run = bulkhead.execute(() => {
    started = true;
    return call();
  }, wait);
  const gaveUp = new Promise<never>((_, reject) =>
    wait.addEventListener('abort', () => started || reject(new TaskCancelledError()), { once: true }),
  );
  return Promise.race([run, gaveUp]);
}

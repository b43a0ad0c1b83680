import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { CatalogCacheEvents } from '../catalog-cache/listing-cache.js';
import type { UpstreamEvents } from '../upstream/call-events.js';
import type { DriftCount } from '../upstream/drift-log.js';

/**
 * The service's own Prometheus metrics (README, "Metrics"), in one registry per server so that
 * several servers in one process (the tests) never collide. The code that sees an event is
 * handed the matching events interface; nothing else imports prom-client.
 */
export interface ServiceMetrics {
  registry: Registry;
  upstream: UpstreamEvents;
  cache: CatalogCacheEvents;
  drift(drift: Omit<DriftCount, 'count'>): void;
}

/** Upstream latency buckets (seconds): a warm emulator call is a few ms, a slow upstream several seconds. */
const LATENCY_BUCKETS = [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];
/**
 * Partitions come from configuration and discovery, but a query may name a region that does not
 * exist: past this many distinct ones per provider, further ones are counted as `other`.
 */
const MAX_PARTITION_LABELS = 500;

export function createServiceMetrics(openCircuits: () => readonly string[]): ServiceMetrics {
  const registry = new Registry();
  const registers = [registry];
  const calls = new Counter({
    name: 'catalog_upstream_calls_total',
    help: 'Upstream API calls (retries included in one call), by provider, partition and outcome (ok, cancelled, or the error code).',
    labelNames: ['provider', 'partition', 'outcome'],
    registers,
  });
  const latency = new Histogram({
    name: 'catalog_upstream_call_duration_seconds',
    help: 'Duration of upstream API calls, retries and waits included, by provider, partition and outcome.',
    labelNames: ['provider', 'partition', 'outcome'],
    buckets: LATENCY_BUCKETS,
    registers,
  });
  const retries = new Counter({
    name: 'catalog_upstream_retries_total',
    help: 'Retries of upstream API calls, by provider and partition.',
    labelNames: ['provider', 'partition'],
    registers,
  });
  const drift = new Counter({
    name: 'catalog_upstream_drift_total',
    help: 'Upstream fields read around because they departed from the documented contract (each occurrence).',
    labelNames: ['provider', 'object', 'field', 'problem'],
    registers,
  });
  const cacheReads = new Counter({
    name: 'catalog_cache_reads_total',
    help: 'Catalog cache reads of partition listings and discovery lists, by result: hit (fresh), stale (served while refreshed), miss (waited for upstream).',
    labelNames: ['provider', 'kind', 'result'],
    registers,
  });
  const refreshFailures = new Counter({
    name: 'catalog_cache_refresh_failures_total',
    help: 'Upstream fetches into the catalog cache that failed: cold fills, and refreshes of stale entries (served on meanwhile).',
    labelNames: ['provider', 'kind'],
    registers,
  });
  const redisErrors = new Counter({
    name: 'catalog_cache_redis_errors_total',
    help: 'Redis commands or connections that failed (the cache then works from memory and upstream).',
    registers,
  });
  new Gauge({
    name: 'catalog_upstream_open_circuits',
    help: 'Partitions whose circuit breaker is open now (not called until their cool-down ends).',
    labelNames: ['provider'],
    registers,
    collect() {
      this.reset();
      for (const key of openCircuits()) this.inc({ provider: (key.split(':')[0] ?? 'unknown').toLowerCase() });
    },
  });

  const partitions = new Map<string, Set<string>>();
  const bounded = (provider: string, partition: string): string => {
    let seen = partitions.get(provider);
    if (!seen) partitions.set(provider, (seen = new Set()));
    if (seen.has(partition)) return partition;
    if (seen.size >= MAX_PARTITION_LABELS) return 'other';
    seen.add(partition);
    return partition;
  };

  return {
    registry,
    upstream: {
      called({ provider, partition, outcome, durationMs }) {
        const labels = { provider, partition: bounded(provider, partition), outcome };
        calls.inc(labels);
        latency.observe(labels, durationMs / 1000);
      },
      retried: ({ provider, partition }) => retries.inc({ provider, partition: bounded(provider, partition) }),
    },
    cache: {
      read: (provider, kind, result) => cacheReads.inc({ provider: provider.toLowerCase(), kind, result }),
      refreshFailed: (provider, kind) => refreshFailures.inc({ provider: provider.toLowerCase(), kind }),
      redisError: () => redisErrors.inc(),
    },
    drift: ({ provider, object, field, problem }) =>
      drift.inc({ provider: provider.toLowerCase(), object, field, problem }),
  };
}

let processRegistry: Registry | undefined;

/**
 * prom-client's process metrics (CPU, memory, event loop lag, GC), once per process however
 * many servers it runs: each collector holds timers and observers of its own.
 */
export function processMetrics(): Registry {
  if (!processRegistry) {
    processRegistry = new Registry();
    collectDefaultMetrics({ register: processRegistry });
  }
  return processRegistry;
}

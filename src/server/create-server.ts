import { setTimeout as sleep } from 'node:timers/promises';
import { useDeferStream } from '@graphql-yoga/plugin-defer-stream';
import { usePrometheus } from '@graphql-yoga/plugin-prometheus';
import type { GraphQLSchema } from 'graphql';
import { createYoga, type YogaServerInstance } from 'graphql-yoga';
import type { AppConfig } from '../config.js';
import { discoverCatalog, type DiscoveryReport } from '../catalog/discovery.js';
import { createCatalogCache } from '../catalog-cache/listing-cache.js';
import { warmUpCatalog, type WarmUpReport } from '../catalog-cache/warm-up.js';
import { createContext, type Context, type ContextOptions } from '../context.js';
import { createLogger, yogaLogger, type Logger } from '../observability/log.js';
import { createServiceMetrics, processMetrics } from '../observability/metrics.js';
import {
  createReadiness,
  HEALTH_PATH,
  METRICS_PATH,
  READY_PATH,
  useOperationalEndpoints,
} from '../observability/readiness.js';
import { useRequestLog } from '../observability/request-log.js';
import { currentRequest } from '../observability/request-scope.js';
import { secretsOf } from '../observability/secrets.js';
import { useTracing } from '../observability/tracing.js';
import { createProviderServices, type ProviderServices } from '../providers/services.js';
import { createDriftLog } from '../upstream/drift-log.js';
import { schema } from '../schema/index.js';
import { useCorsPolicy } from './cors.js';
import { useCsrfPrevention } from './csrf.js';
import { DEFAULT_QUERY } from './default-query.js';
import { usePartialFailures } from './partial-failures.js';
import { useCompression } from './compression.js';
import { graphiqlAssets } from './graphiql-assets.js';
import { useHttpCaching } from './http-caching.js';
import { usePersistedDocuments } from './persisted-operations.js';
import { useQueryRequired } from './query-required.js';
import { useInputErrorCodes } from './input-error-codes.js';
import { useQueriesOnly } from './queries-only.js';
import { useQueryLimits } from './query-limits.js';
import { useRequestSizeMessage } from './request-size.js';
import { secretRedactor } from '../shared/redact.js';
import { useRedactedErrors } from './redacted-errors.js';
import { useLoadShedding } from './load-shedding.js';
import { useUnreadableParams } from './unreadable-params.js';
import { useUpstreamFailureLog } from './upstream-failure-log.js';

export interface ServerOptions {
  config: AppConfig;
  /** For tests that want to see or shape upstream traffic; defaults to the global fetch. */
  fetch?: typeof globalThis.fetch;
  /** The logger to use (main.ts shares its own); default one made from the config (LOG_LEVEL, its secrets). */
  logger?: Logger;
  /** Where the default logger's lines go (JSON, secrets cut out), for tests; default stdout. */
  logSink?: (line: string) => void;
  /** The schema served; defaults to the service's own (the benchmark wraps it to find the stack's ceiling). */
  schema?: GraphQLSchema;
}

export type Server = YogaServerInstance<Record<string, never>, Context> & {
  services: ProviderServices;
  logger: Logger;
  shedRequests(): number;
  /** Lists every configured partition into the catalog cache (CATALOG_WARM_UP; main.ts calls it). */
  warmUp(): Promise<WarmUpReport>;
  /** One run of every provider's discovery; `/ready` answers 200 once one has succeeded. */
  discover(): Promise<DiscoveryReport>;
  /** Runs discovery until it succeeds once, waiting longer after each failure (main.ts calls it at start). */
  becomeReady(): Promise<void>;
  /** From now on `/ready` answers 503 (shutting down); requests are still served. */
  drain(): void;
  /** Lets go of what outlives requests (the cache's Redis connections, its background refreshes). */
  close(): Promise<void>;
};

/** Waits between failed discovery attempts: 1 s, doubling, at most 30 s. */
const DISCOVERY_RETRY_MS = { first: 1_000, max: 30_000 };

/**
 * The Yoga server, ready to be mounted on any HTTP server or called as `server.fetch(...)`
 * (which is how the tests drive it). It listens on nothing itself, and calls no upstream
 * until asked: discovery runs when main.ts calls becomeReady().
 */
export function createServer({
  config,
  fetch,
  logger: given,
  logSink,
  schema: served = schema,
}: ServerOptions): Server {
  const secrets = secretsOf(config);
  const redact = secretRedactor(secrets);
  const logger = given ?? createLogger({ level: config.logLevel, secrets, ...(logSink ? { sink: logSink } : {}) });
  const lifetime = new AbortController();
  const readiness = createReadiness();
  const metrics = createServiceMetrics(() => cache.stats().openCircuits);
  const cache = createCatalogCache(
    { ...config.cache, discoveryTtlMs: config.discoveryTtlMs, maxQueueWaitMs: config.upstream.timeoutMs },
    { warn: (message) => logger.warn(message) },
    metrics.cache,
  );
  const services = createProviderServices(config, {
    cache,
    drift: createDriftLog((message) => logger.warn(message), metrics.drift),
    upstreamEvents: {
      called(call) {
        metrics.upstream.called(call);
        const request = currentRequest();
        if (request) request.upstreamCalls++;
      },
      retried: metrics.upstream.retried,
    },
    ...(fetch ? { fetch } : {}),
  });
  const shed = { count: 0 };
  // HTTP delivery: GraphiQL as separate content-hashed files; compression, then caching headers
  // (onResponse runs in plugin order, so the ETag names the compressed bytes sent).
  const graphiql = graphiqlAssets('/graphiql');
  const delivery = {
    assets: graphiql.plugin,
    compression: useCompression(),
    caching: useHttpCaching({
      catalogTtlMs: config.cache.ttlMs,
      discoveryTtlMs: config.discoveryTtlMs,
      graphqlEndpoint: '/graphql',
    }),
  };
  const requestContext = (signal: AbortSignal, limits: Partial<ContextOptions> = {}) =>
    createContext(services, {
      signal,
      maxPartitionsPerQuery: config.maxPartitionsPerQuery,
      maxDetailLookupsPerQuery: config.maxDetailLookupsPerQuery,
      maxNodeIds: config.maxNodeIds,
      ...limits,
    });
  // Every partition of the account, whatever MAX_PARTITIONS_PER_QUERY allows one request.
  const serviceContext = () => requestContext(lifetime.signal, { maxPartitionsPerQuery: Number.MAX_SAFE_INTEGER });
  // Probes and scrapes: no access line above debug, no span.
  const quietPaths = new Set([HEALTH_PATH, READY_PATH, METRICS_PATH]);
  const yoga = createYoga<Record<string, never>, Context>({
    schema: served,
    graphqlEndpoint: '/graphql',
    landingPage: false,
    // With trusted documents only, GraphiQL could run nothing it is given: it is off.
    graphiql:
      config.persistedOperations.mode === 'only'
        ? false
        : { title: 'Cloud image catalog', defaultQuery: DEFAULT_QUERY },
    // GraphiQL from the installed package rather than a CDN, so it also works offline and
    // behind firewalls that block CDNs.
    renderGraphiQL: graphiql.render,
    // Unexpected errors become "Unexpected error." with no stack, whatever NODE_ENV says.
    maskedErrors: { isDev: false },
    logging: yogaLogger(logger),
    // Replaced by useCorsPolicy: Yoga's default reflects any origin and allows credentials.
    cors: false,
    maxRequestBodySize: config.http.maxRequestBytes,
    context: ({ request }) => requestContext(request.signal),
    plugins: [
      useCorsPolicy(config.http.corsOrigins),
      useRequestLog(logger, quietPaths),
      useTracing(quietPaths),
      useOperationalEndpoints(readiness, async () => ({
        contentType: metrics.registry.contentType,
        text: `${await metrics.registry.metrics()}\n${await processMetrics().metrics()}`,
      })),
      delivery.assets,
      useLoadShedding(config.maxConcurrentRequests, () => shed.count++),
      useUnreadableParams(),
      useCsrfPrevention(),
      useRequestSizeMessage(config.http.maxRequestBytes),
      // For frontends: documents by hash (APQ, or trusted documents only), and @defer/@stream.
      usePersistedDocuments(config.persistedOperations),
      useQueryRequired(),
      useDeferStream(),
      useQueriesOnly(),
      useQueryLimits(config.queryLimits),
      usePartialFailures(),
      useUpstreamFailureLog(logger),
      useInputErrorCodes(),
      useRedactedErrors(redact),
      usePrometheus({
        registry: metrics.registry,
        // Served with the service's own metrics by useOperationalEndpoints.
        endpoint: false,
        // Clients choose operation names and error paths, and URLs carry query strings: as
        // labels, each would grow the registry without bound. The access log names operations.
        labels: { operationName: false, path: false, url: false },
        // The same durations as graphql_envelop_request_duration, with a costlier quantile sketch per request.
        metrics: { graphql_envelop_request_time_summary: false },
      }),
      delivery.compression,
      delivery.caching,
    ],
  });

  async function discover(): Promise<DiscoveryReport> {
    const report = await discoverCatalog(serviceContext());
    if (report.failed.length === 0) readiness.discovered();
    else
      readiness.discoveryFailed(
        report.failed.map((failure) => `${failure.provider}: ${failure.error.message}`).join('; '),
      );
    return report;
  }

  async function becomeReady(): Promise<void> {
    for (
      let wait = DISCOVERY_RETRY_MS.first;
      !lifetime.signal.aborted;
      wait = Math.min(wait * 2, DISCOVERY_RETRY_MS.max)
    ) {
      const { failed, partitions } = await discover();
      if (failed.length === 0) {
        logger.info({ partitions }, `Provider discovery done: ${partitions} partitions to search; ready.`);
        return;
      }
      logger.warn(
        `Provider discovery failed (${failed.map((failure) => failure.provider).join(', ')}); not ready, retrying in ${wait / 1000} s.`,
      );
      try {
        await sleep(wait, undefined, { signal: lifetime.signal, ref: false });
      } catch {
        return; // closed meanwhile
      }
    }
  }

  return Object.assign(yoga, {
    services,
    logger,
    /** Requests answered 503 OVERLOADED since start. */
    shedRequests: () => shed.count,
    warmUp: () => warmUpCatalog(serviceContext()),
    discover,
    becomeReady,
    drain: () => readiness.drain(),
    close: async () => {
      lifetime.abort();
      await cache.close();
    },
  });
}

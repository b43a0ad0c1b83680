import { useDeferStream } from '@graphql-yoga/plugin-defer-stream';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import type { GraphQLSchema } from 'graphql';
import { createYoga, type YogaLogger, type YogaServerInstance } from 'graphql-yoga';
import type { AppConfig } from '../config.js';
import { createCatalogCache } from '../catalog-cache/listing-cache.js';
import { warmUpCatalog, type WarmUpReport } from '../catalog-cache/warm-up.js';
import { createContext, type Context, type ContextOptions } from '../context.js';
import { registeredProviders } from '../providers/plugin.js';
import { createProviderServices, type ProviderServices } from '../providers/services.js';
import { createDriftLog } from '../upstream/drift-log.js';
import { schema } from '../schema/index.js';
import { DEFAULT_QUERY } from './default-query.js';
import { usePartialFailures } from './partial-failures.js';
import { usePersistedDocuments } from './persisted-operations.js';
import { useInputErrorCodes } from './input-error-codes.js';
import { useQueriesOnly } from './queries-only.js';
import { useQueryLimits } from './query-limits.js';
import { redactingLogger } from './redacting-logger.js';
import { useLoadShedding } from './load-shedding.js';
import { useUnreadableParams } from './unreadable-params.js';
import { useUpstreamFailureLog } from './upstream-failure-log.js';

export interface ServerOptions {
  config: AppConfig;
  /** For tests that want to see or shape upstream traffic; defaults to the global fetch. */
  fetch?: typeof globalThis.fetch;
  /** Where log lines go (after API keys are cut out); defaults to Yoga's console logger. */
  logSink?: YogaLogger;
  /** The schema served; defaults to the service's own (the benchmark wraps it to find the stack's ceiling). */
  schema?: GraphQLSchema;
}

export type Server = YogaServerInstance<Record<string, never>, Context> & {
  services: ProviderServices;
  shedRequests(): number;
  /** Lists every configured partition into the catalog cache (CATALOG_WARM_UP; main.ts calls it). */
  warmUp(): Promise<WarmUpReport>;
  /** Lets go of what outlives requests (the cache's Redis connections, its background refreshes). */
  close(): Promise<void>;
};

/**
 * The Yoga server, ready to be mounted on any HTTP server or called as `server.fetch(...)`
 * (which is how the tests drive it). It listens on nothing itself.
 */
export function createServer({ config, fetch, logSink, schema: served = schema }: ServerOptions): Server {
  const secrets = [
    ...registeredProviders().flatMap((provider) => {
      const settings = config.providers.get(provider.name)?.config;
      return settings ? provider.secrets(settings) : [];
    }),
    ...redisSecrets(config.cache.redisUrl),
  ];
  const logger = redactingLogger(secrets, logSink ? { sink: logSink } : {});
  const cache = createCatalogCache(
    { ...config.cache, discoveryTtlMs: config.discoveryTtlMs, maxQueueWaitMs: config.upstream.timeoutMs },
    { warn: (message) => logger.warn(message) },
  );
  const services = createProviderServices(config, {
    cache,
    drift: createDriftLog((message) => logger.warn(message)),
    ...(fetch ? { fetch } : {}),
  });
  const shed = { count: 0 };
  const requestContext = (signal: AbortSignal, limits: Partial<ContextOptions> = {}) =>
    createContext(services, {
      signal,
      maxPartitionsPerQuery: config.maxPartitionsPerQuery,
      maxDetailLookupsPerQuery: config.maxDetailLookupsPerQuery,
      maxNodeIds: config.maxNodeIds,
      ...limits,
    });
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
    renderGraphiQL,
    // Unexpected errors become "Unexpected error." with no stack, whatever NODE_ENV says.
    maskedErrors: { isDev: false },
    logging: logger,
    context: ({ request }) => requestContext(request.signal),
    plugins: [
      useLoadShedding(config.maxConcurrentRequests, () => shed.count++),
      useUnreadableParams(),
      // For frontends: documents by hash (APQ, or trusted documents only), and @defer/@stream.
      usePersistedDocuments(config.persistedOperations),
      useDeferStream(),
      useQueriesOnly(),
      useQueryLimits(config.queryLimits),
      usePartialFailures(),
      useUpstreamFailureLog(logger),
      useInputErrorCodes(),
    ],
  });
  return Object.assign(yoga, {
    services,
    /** Requests answered 503 OVERLOADED since start. */
    shedRequests: () => shed.count,
    // Every partition of the account, whatever MAX_PARTITIONS_PER_QUERY allows one request.
    warmUp: () =>
      warmUpCatalog(requestContext(new AbortController().signal, { maxPartitionsPerQuery: Number.MAX_SAFE_INTEGER })),
    close: () => cache.close(),
  });
}

/** The Redis URL and its password, cut out of every log line like the API keys. */
function redisSecrets(redisUrl: string | null): string[] {
  if (!redisUrl) return [];
  const { password } = new URL(redisUrl);
  return [redisUrl, ...(password ? [password, decodeURIComponent(password)] : [])];
}

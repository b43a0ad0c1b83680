import type { CloudProvider } from './catalog/disk-image.js';
import { readCatalogCacheSettings, type CatalogCacheSettings } from './catalog-cache/settings.js';
import { ConfigError, host, integer, nonEmpty, oneOf, url, type Env } from './config-readers.js';
import { LOG_LEVELS, type LogLevel } from './observability/log.js';
import './providers/index.js';
import { registeredProviders, type ProviderSettings } from './providers/plugin.js';
import { readHttpSettings, type HttpSettings } from './server/http-settings.js';
import type { QueryLimits } from './server/query-limits.js';
import {
  readPersistedOperationsSettings,
  type PersistedOperationsSettings,
} from './server/persisted-operations-settings.js';
import { DEFAULT_UPSTREAM_HTTP_SETTINGS, type UpstreamHttpSettings } from './upstream/http-client.js';

export { ConfigError } from './config-readers.js';

/** Everything the service reads from its environment (README, "Settings"). */
export interface AppConfig {
  port: number;
  /** Interface the HTTP server binds (HOST): loopback unless told otherwise. */
  host: string;
  /** SHUTDOWN_GRACE_MS: how long a SIGTERM lets running requests finish before their connections are cut. */
  shutdownGraceMs: number;
  /** CORS_ORIGINS and MAX_REQUEST_BYTES. */
  http: HttpSettings;
  /** No provider is configured (no key set at all): serve the built-in emulator's catalog. */
  demo: boolean;
  /**
   * Each registered provider's own settings, read by its plug-in; `config` is null for one
   * without a key (so for all of them in demo mode, until main.ts points them at the emulator).
   */
  providers: ReadonlyMap<CloudProvider, ProviderSettings<unknown>>;
  /**
   * Variables that were set (and validated) but have no effect because no key is set: in demo
   * mode CIVO_API_URL and GCORE_API_URL, since the built-in emulator stands in for both APIs.
   * Empty outside demo mode.
   */
  ignoredInDemo: string[];
  /** EMULATOR_LATENCY_MS: latency the in-process emulator adds in demo mode. */
  demoLatencyMs: number;
  upstream: UpstreamHttpSettings;
  /** Listings across requests, and the guards of upstream calls (CATALOG_*, REDIS_*, CIRCUIT_BREAKER_*, UPSTREAM_MAX_*). */
  cache: CatalogCacheSettings;
  /** Most distinct partitions (Civo regions, Gcore project × region) one request may search. */
  maxPartitionsPerQuery: number;
  /** Most detail calls (ids no listing has) one request may make. */
  maxDetailLookupsPerQuery: number;
  /** Most ids `nodes(ids:)` takes. */
  maxNodeIds: number;
  /** Most GraphQL requests served at once; past it, 503 OVERLOADED with Retry-After. */
  maxConcurrentRequests: number;
  /** How long region and project lists are kept across requests, in milliseconds. */
  discoveryTtlMs: number;
  /** Limits checked before an operation runs (MAX_QUERY_ALIASES, _TOKENS, _DEPTH, _DIRECTIVES, _COST). */
  queryLimits: QueryLimits;
  /** LOG_LEVEL: the lowest level logged (`debug` when unset and DEBUG=1). */
  logLevel: LogLevel;
  /** OTEL_EXPORTER_OTLP_ENDPOINT: where spans go (OTLP/HTTP); null: no tracing. */
  tracingEndpoint: string | null;
  /** APQ, or trusted documents only (PERSISTED_OPERATIONS, PERSISTED_OPERATIONS_MANIFEST, APQ_CACHE_SIZE). */
  persistedOperations: PersistedOperationsSettings;
}

/**
 * Reads and validates every setting. Each variable that is set is checked whatever the mode,
 * so a typo fails start-up even when, as in demo mode, the value would not be used.
 */
export function loadConfig(env: Env = process.env): AppConfig {
  const providers = new Map(registeredProviders().map((provider) => [provider.name, provider.readSettings(env)]));
  const demo = [...providers.values()].every((settings) => settings.config === null);
  const cache = readCatalogCacheSettings(env);
  const discoveryTtlMs = integer(env, 'DISCOVERY_TTL_SECONDS', 300, { min: 0, max: 86_400 }) * 1000;
  // A listing dropped before it may go stale would make every read past max-stale a blocking call.
  for (const [variable, ttlMs] of [
    ['CATALOG_TTL_SECONDS', cache.ttlMs],
    ['DISCOVERY_TTL_SECONDS', discoveryTtlMs],
  ] as const) {
    if (cache.maxStaleMs < ttlMs)
      throw new ConfigError(
        'CATALOG_MAX_STALE_SECONDS',
        `${cache.maxStaleMs / 1000} is below ${variable} (${ttlMs / 1000}); it must be at least as long`,
      );
  }
  return {
    port: integer(env, 'PORT', 4000, { min: 0, max: 65_535 }),
    host: host(env, 'HOST', '127.0.0.1'),
    shutdownGraceMs: integer(env, 'SHUTDOWN_GRACE_MS', 15_000, { min: 0, max: 600_000 }),
    http: readHttpSettings(env),
    demo,
    providers,
    ignoredInDemo: demo ? [...providers.values()].flatMap((settings) => settings.ignoredInDemo) : [],
    demoLatencyMs: integer(env, 'EMULATOR_LATENCY_MS', 0, { min: 0, max: 60_000 }),
    upstream: {
      timeoutMs: integer(env, 'UPSTREAM_TIMEOUT_MS', DEFAULT_UPSTREAM_HTTP_SETTINGS.timeoutMs, {
        min: 1,
        max: 300_000,
      }),
      retryLimit: integer(env, 'UPSTREAM_RETRY_LIMIT', DEFAULT_UPSTREAM_HTTP_SETTINGS.retryLimit, { min: 0, max: 10 }),
      retryBaseDelayMs: integer(env, 'UPSTREAM_RETRY_DELAY_MS', DEFAULT_UPSTREAM_HTTP_SETTINGS.retryBaseDelayMs, {
        min: 0,
        max: 60_000,
      }),
      maxRetryAfterMs: integer(env, 'UPSTREAM_MAX_RETRY_AFTER_MS', DEFAULT_UPSTREAM_HTTP_SETTINGS.maxRetryAfterMs, {
        min: 0,
        max: 300_000,
      }),
    },
    cache,
    maxPartitionsPerQuery: integer(env, 'MAX_PARTITIONS_PER_QUERY', 100, { min: 1, max: 10_000 }),
    maxDetailLookupsPerQuery: integer(env, 'MAX_DETAIL_LOOKUPS_PER_QUERY', 20, { min: 0, max: 10_000 }),
    maxNodeIds: integer(env, 'MAX_NODE_IDS', 100, { min: 1, max: 10_000 }),
    maxConcurrentRequests: integer(env, 'MAX_CONCURRENT_REQUESTS', 256, { min: 1, max: 100_000 }),
    discoveryTtlMs,
    queryLimits: {
      maxAliases: integer(env, 'MAX_QUERY_ALIASES', 30, { min: 0, max: 1_000 }),
      maxTokens: integer(env, 'MAX_QUERY_TOKENS', 2_000, { min: 100, max: 100_000 }),
      // GraphiQL's introspection query nests 15 levels; README examples at most 6.
      maxDepth: integer(env, 'MAX_QUERY_DEPTH', 20, { min: 1, max: 1_000 }),
      maxDirectives: integer(env, 'MAX_QUERY_DIRECTIVES', 50, { min: 0, max: 10_000 }),
      maxCost: integer(env, 'MAX_QUERY_COST', 100_000, { min: 1, max: 1_000_000_000 }),
    },
    logLevel: oneOf(env, 'LOG_LEVEL', LOG_LEVELS, env.DEBUG === '1' ? 'debug' : 'info'),
    tracingEndpoint:
      nonEmpty(env.OTEL_EXPORTER_OTLP_ENDPOINT) === undefined ? null : url(env, 'OTEL_EXPORTER_OTLP_ENDPOINT', ''),
    persistedOperations: readPersistedOperationsSettings(env),
  };
}

/**
 * Demo mode's configuration: every provider the emulator speaks pointed at it with its demo
 * key, searching what its selection settings (CIVO_REGIONS, GCORE_PROJECT_IDS, …) select,
 * exactly as a real account would be.
 */
export function withDemoProviders(
  config: AppConfig,
  emulator: { apiUrl: string; apiKeys: Partial<Record<CloudProvider, string>> },
): AppConfig {
  const providers = new Map(
    [...config.providers].map(([name, settings]) => {
      const apiKey = emulator.apiKeys[name];
      return [name, apiKey ? { ...settings, config: settings.pointedAt(emulator.apiUrl, apiKey) } : settings];
    }),
  );
  return { ...config, providers };
}

import { boolean, integer, redisUrl, type Env } from '../config-readers.js';

/** How listings are kept across requests and how upstreams are protected (README, "Settings"). */
export interface CatalogCacheSettings {
  /** CATALOG_TTL_SECONDS: a listing younger than this is served with no upstream call; 0: no cache. */
  ttlMs: number;
  /** CATALOG_MAX_STALE_SECONDS: how old a listing may be served when its refreshes fail. */
  maxStaleMs: number;
  /** CATALOG_NOT_FOUND_TTL_SECONDS: how long "this partition does not exist" is believed. */
  notFoundTtlMs: number;
  /** CATALOG_WARM_UP: list every configured partition at start. */
  warmUp: boolean;
  /** REDIS_URL: the shared second level and the bus between instances; null: memory only. */
  redisUrl: string | null;
  /** REDIS_TIMEOUT_MS: a Redis command slower than this counts as failed (the answer goes on without it). */
  redisTimeoutMs: number;
  /** CIRCUIT_BREAKER_FAILURES: consecutive failures that open a partition's circuit; 0: no breaker. */
  breakerFailures: number;
  /** CIRCUIT_BREAKER_COOLDOWN_SECONDS: how long an open circuit refuses before one probe. */
  breakerCooldownMs: number;
  /** UPSTREAM_MAX_CONCURRENCY: upstream calls in flight per provider; more wait in a queue. */
  maxConcurrency: number;
  /** UPSTREAM_MAX_QUEUE: calls that may wait for a slot per provider; past it they fail at once. */
  maxQueue: number;
}

export function readCatalogCacheSettings(env: Env): CatalogCacheSettings {
  const seconds = (variable: string, fallback: number, max: number) =>
    integer(env, variable, fallback, { min: 0, max }) * 1000;
  return {
    ttlMs: seconds('CATALOG_TTL_SECONDS', 300, 86_400),
    maxStaleMs: seconds('CATALOG_MAX_STALE_SECONDS', 86_400, 30 * 86_400),
    notFoundTtlMs: seconds('CATALOG_NOT_FOUND_TTL_SECONDS', 30, 3_600),
    warmUp: boolean(env, 'CATALOG_WARM_UP', false),
    redisUrl: redisUrl(env, 'REDIS_URL'),
    redisTimeoutMs: integer(env, 'REDIS_TIMEOUT_MS', 500, { min: 1, max: 60_000 }),
    breakerFailures: integer(env, 'CIRCUIT_BREAKER_FAILURES', 5, { min: 0, max: 1_000 }),
    breakerCooldownMs: seconds('CIRCUIT_BREAKER_COOLDOWN_SECONDS', 30, 3_600),
    maxConcurrency: integer(env, 'UPSTREAM_MAX_CONCURRENCY', 16, { min: 1, max: 1_000 }),
    maxQueue: integer(env, 'UPSTREAM_MAX_QUEUE', 1_000, { min: 0, max: 100_000 }),
  };
}

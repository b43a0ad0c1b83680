import { createHash } from 'node:crypto';
import { GraphQLError } from 'graphql';
import { errors as bentoErrors } from 'bentocache';
import { LRUCache } from 'lru-cache';
import type { CloudProvider } from '../catalog/disk-image.js';
import { ErrorCode, type PartitionRef } from '../errors.js';
import { createBentoStore, type CacheLogSink } from './bento-store.js';
import type { CatalogCacheSettings } from './settings.js';
import { createUpstreamGuard } from './upstream-guard.js';

/** A partition's listing as one request gets it, and how fresh it is. */
export interface Listing<Image> {
  images: Image[];
  /** When the upstream sent it (epoch ms). */
  asOf: number;
  /** Older than CATALOG_TTL_SECONDS: a refresh is due, or failed (`refreshError`). */
  stale: boolean;
  /** The last refresh's failure, while the listing served is older than it. */
  refreshError: GraphQLError | null;
}

export interface ListingRequest<Image> {
  /** The provider's own key of what one listing covers (`LON1`, `1:76:vm`). */
  key: string;
  /** How errors name the partition (`{ provider: 'civo', region: 'LON1' }`). */
  where: PartitionRef;
  /** The upstream listing; the signal is the request's without a cache, the cache's own with one. */
  list(signal: AbortSignal): Promise<Image[]>;
}

/** One account's listings and discovery: keys hold its provider and a hash of its secrets. */
export interface AccountListings {
  get<Image>(request: ListingRequest<Image>, requestSignal: AbortSignal): Promise<Listing<Image>>;
  /**
   * A discovery list (regions, projects) kept for DISCOVERY_TTL_SECONDS like a listing: shared
   * through Redis, refreshed in the background, served stale while its refreshes fail.
   */
  discovery<T>(name: string, where: PartitionRef, fetch: (signal: AbortSignal) => Promise<T>): Promise<T>;
}

export interface CatalogCacheStats {
  /** Upstream calls started for listings and discovery (whatever their outcome). */
  upstreamCalls: number;
  /** Upstream fetches (cold or refreshes) that failed: served stale instead when a listing was kept. */
  failedFetches: number;
  /** Redis errors bentocache reported (each lookup or write that went without Redis). */
  redisErrors: number;
  openCircuits: string[];
}

/** How a read of a listing or discovery list was served: fresh from the cache, stale, or after an upstream fetch. */
export type CacheReadResult = 'hit' | 'stale' | 'miss';

/** What the cache tells metrics, as it happens. */
export interface CatalogCacheEvents {
  read(provider: CloudProvider, kind: 'listing' | 'discovery', result: CacheReadResult): void;
  /** A fetch into the cache failed: a cold fill, or the refresh of a stale entry (which is then served on). */
  refreshFailed(provider: CloudProvider, kind: 'listing' | 'discovery'): void;
  /** A Redis command or connection failed (the cache then works from memory and upstream). */
  redisError(): void;
}

export const IGNORED_CACHE_EVENTS: CatalogCacheEvents = {
  read: () => {},
  refreshFailed: () => {},
  redisError: () => {},
};

export interface CatalogCache {
  account(provider: CloudProvider, secrets: readonly string[]): AccountListings;
  stats(): CatalogCacheStats;
  /** Drops every cached listing (memory and Redis): the next lookups are cold. */
  clear(): Promise<void>;
  close(): Promise<void>;
}

interface Cached<Value> {
  asOf: number;
  value: Value;
}

/** A cached value as read: a listing's images, or a discovery list. */
type Read<Value> = Omit<Listing<unknown>, 'images'> & { value: Value };

interface Fetch<Value> {
  provider: CloudProvider;
  kind: 'listing' | 'discovery';
  where: PartitionRef;
  ttlMs: number;
  fetch(signal: AbortSignal): Promise<Value>;
}

/**
 * The process-level cache of partition listings (bentocache): fresh for CATALOG_TTL_SECONDS,
 * then served stale at once while one background refresh runs, and served stale for up to
 * CATALOG_MAX_STALE_SECONDS while refreshes fail. Concurrent lookups of one listing share one
 * upstream call, failures included. Every upstream call goes through the guard.
 */
export function createCatalogCache(
  settings: CatalogCacheSettings & { discoveryTtlMs: number; maxQueueWaitMs: number },
  log: CacheLogSink,
  events: CatalogCacheEvents = IGNORED_CACHE_EVENTS,
): CatalogCache {
  const guard = createUpstreamGuard(settings);
  const lifetime = new AbortController();
  const stats = { upstreamCalls: 0, failedFetches: 0, redisErrors: 0 };
  // Fresh reads, kept as read: a warm lookup then skips bentocache's per-call bookkeeping (8 % of
  // a warm query's CPU in a profile). Only until the TTL; dropped when another instance says,
  // through the bus, that it replaced or dropped a listing, and on clear().
  const fresh = new LRUCache<string, { read: Read<unknown>; until: number }>({ max: 10_000 });
  const store =
    settings.ttlMs > 0 || settings.discoveryTtlMs > 0
      ? createBentoStore(
          settings,
          log,
          () => {
            stats.redisErrors++;
            events.redisError();
          },
          (keys) => (keys === 'all' ? fresh.clear() : keys.forEach((key) => fresh.delete(key))),
        )
      : null;
  const bento = store?.cache ?? null;
  const inFlight = new Map<string, Promise<Read<unknown>>>();
  // Bounded like the memory level: keys come from requests, and a failing key may never succeed.
  const refreshErrors = new LRUCache<string, GraphQLError>({ max: 10_000 });
  // Keys whose refresh is running (a count: a forced refresh may overlap a background one):
  // their stale value is read without taking bentocache's lock, which, held by the refresh, would
  // make every reader wait out a timer before answering (the bench's "one partition down" line).
  const refreshing = new Map<string, number>();
  // "This partition does not exist", kept apart from listings: believed for
  // CATALOG_NOT_FOUND_TTL_SECONDS and never served stale, and a flood of made-up region names
  // can evict only each other, never a real listing. This instance only.
  const notFound = new LRUCache<string, { error: GraphQLError; at: number }>({ max: 1_000 });

  const call = <Value>(cacheKey: string, what: Fetch<Value>, signal: AbortSignal) => {
    stats.upstreamCalls++;
    return guard.run(what.provider, cacheKey, what.where, () => what.fetch(signal));
  };

  const lookup = <Value>(cacheKey: string, what: Fetch<Value>, forceFresh: boolean) =>
    bento!.getOrSet<Cached<Value>>({
      key: cacheKey,
      ttl: what.ttlMs,
      grace: settings.maxStaleMs,
      // Stale and a refresh due: answer at once, refresh in the background.
      timeout: 0,
      forceFresh,
      factory: async () => {
        refreshing.set(cacheKey, (refreshing.get(cacheKey) ?? 0) + 1);
        try {
          const value = await call(cacheKey, what, lifetime.signal);
          refreshErrors.delete(cacheKey);
          notFound.delete(cacheKey);
          return { asOf: Date.now(), value };
        } catch (error) {
          stats.failedFetches++;
          events.refreshFailed(what.provider, what.kind);
          if (isNotFound(error)) notFound.set(cacheKey, { error, at: Date.now() });
          else if (error instanceof GraphQLError) refreshErrors.set(cacheKey, error);
          throw error;
        } finally {
          const running = refreshing.get(cacheKey)! - 1;
          if (running > 0) refreshing.set(cacheKey, running);
          else refreshing.delete(cacheKey);
        }
      },
    });

  async function readThrough<Value>(cacheKey: string, what: Fetch<Value>): Promise<Read<Value>> {
    let cached: Cached<Value>;
    try {
      const graced = refreshing.has(cacheKey)
        ? await bento!.get<Cached<Value>>({ key: cacheKey, grace: settings.maxStaleMs })
        : undefined;
      cached = graced ?? (await lookup(cacheKey, what, false));
      // Too old to serve even stale: this request waits for the refresh, and fails with it.
      if (Date.now() - cached.asOf > settings.maxStaleMs) cached = await lookup(cacheKey, what, true);
    } catch (error) {
      // No listing to fall back on: the refresh's own error is the partition's.
      throw error instanceof bentoErrors.E_FACTORY_ERROR && error.cause ? error.cause : error;
    }
    const stale = Date.now() - cached.asOf >= what.ttlMs;
    const refreshError = stale ? (refreshErrors.get(cacheKey) ?? null) : null;
    const read = { value: cached.value, asOf: cached.asOf, stale, refreshError };
    if (!stale) fresh.set(cacheKey, { read, until: cached.asOf + what.ttlMs });
    return read;
  }

  /** A cached read, counted: a miss is a read that waited for (or failed with) a fetch begun after it started. */
  async function counted<Value>(cacheKey: string, what: Fetch<Value>): Promise<Read<Value>> {
    const startedAt = Date.now();
    let result: CacheReadResult = 'miss';
    try {
      const read = await shared(cacheKey, what);
      result = read.stale ? 'stale' : read.asOf >= startedAt ? 'miss' : 'hit';
      return read;
    } finally {
      events.read(what.provider, what.kind, result);
    }
  }

  /** A fresh read as kept, else one read per key at a time: concurrent lookups, failures included, share one. */
  async function shared<Value>(cacheKey: string, what: Fetch<Value>): Promise<Read<Value>> {
    const kept = fresh.get(cacheKey);
    if (kept && Date.now() < kept.until) return kept.read as Read<Value>;
    const missing = notFound.get(cacheKey);
    if (missing && Date.now() - missing.at < settings.notFoundTtlMs) throw missing.error;
    const running = inFlight.get(cacheKey) as Promise<Read<Value>> | undefined;
    if (running) return running;
    const work = readThrough(cacheKey, what).finally(() => inFlight.delete(cacheKey));
    inFlight.set(cacheKey, work);
    return work;
  }

  return {
    account(provider, secrets) {
      // A hash, so no key is ever in a cache key (or in Redis); one account's images stay its own.
      const account = createHash('sha256').update(secrets.join('\u0000')).digest('hex').slice(0, 16);
      return {
        async get<Image>(request: ListingRequest<Image>, requestSignal: AbortSignal): Promise<Listing<Image>> {
          const cacheKey = `${provider}:${account}:${request.key}`;
          const what = {
            provider,
            kind: 'listing' as const,
            where: request.where,
            ttlMs: settings.ttlMs,
            fetch: request.list,
          };
          if (settings.ttlMs > 0) {
            const { value: images, ...freshness } = await counted(cacheKey, what);
            return { images, ...freshness };
          }
          const images = await call(cacheKey, what, requestSignal);
          return { images, asOf: Date.now(), stale: false, refreshError: null };
        },
        async discovery<T>(name: string, where: PartitionRef, fetch: (signal: AbortSignal) => Promise<T>) {
          const cacheKey = `${provider}:${account}:discovery:${name}`;
          const what = { provider, kind: 'discovery' as const, where, ttlMs: settings.discoveryTtlMs, fetch };
          if (settings.discoveryTtlMs > 0) return (await counted(cacheKey, what)).value;
          return call(cacheKey, what, lifetime.signal);
        },
      };
    },
    stats: () => ({ ...stats, openCircuits: guard.openCircuits() }),
    clear: async () => {
      refreshErrors.clear();
      fresh.clear();
      notFound.clear();
      await bento?.clear();
    },
    async close() {
      lifetime.abort();
      await store?.close();
    },
  };
}

function isNotFound(error: unknown): error is GraphQLError {
  return error instanceof GraphQLError && error.extensions.code === ErrorCode.UPSTREAM_NOT_FOUND;
}

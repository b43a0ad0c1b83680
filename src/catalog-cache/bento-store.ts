import { BentoCache, bentostore } from 'bentocache';
import { memoryDriver } from 'bentocache/drivers/memory';
import { redisBusDriver, redisDriver } from 'bentocache/drivers/redis';
import type { RedisOptions } from 'ioredis';
import { listingSerializer } from './listing-serializer.js';
import type { CatalogCacheSettings } from './settings.js';

/** What bentocache tells about its own trouble (Redis down or slow), as one line at a time. */
export interface CacheLogSink {
  warn(message: string): void;
}

/**
 * bentocache: memory first (objects kept as they are, so a warm read parses nothing), then
 * Redis when REDIS_URL is set (listings shared by every instance), with a bus so an instance
 * that refreshes a listing tells the others to drop their memory copy.
 */
export function createBentoStore(
  settings: CatalogCacheSettings,
  log: CacheLogSink,
  onRedisError: () => void,
): BentoCache<{ listings: ReturnType<typeof bentostore> }> {
  // Partitions, not bytes: a few thousand listings at most, each a few hundred images.
  const store = bentostore().useL1Layer(memoryDriver({ maxItems: 10_000, serialize: false }));
  if (settings.redisUrl) {
    const connection: RedisOptions = {
      // A Redis that is down or slow costs a command its timeout, never a request its answer.
      commandTimeout: settings.redisTimeoutMs,
      connectTimeout: settings.redisTimeoutMs,
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      retryStrategy: (attempt) => Math.min(attempt * 200, 5_000),
    };
    const url = settings.redisUrl;
    store
      .useL2Layer(redisDriver({ connection: { ...connection, ...fromUrl(url) } }))
      .useBus(redisBusDriver({ connection: { ...connection, ...fromUrl(url) } }));
  }
  return new BentoCache({
    default: 'listings',
    stores: { listings: store },
    serializer: listingSerializer,
    // Redis trouble: keep answering from memory and upstream; stop asking Redis for a while.
    suppressL2Errors: true,
    l2CircuitBreakerDuration: '5s',
    logger: bentoLogger(log, onRedisError),
  });
}

/** ioredis options from a redis(s):// URL (ioredis takes the URL only as a constructor argument). */
function fromUrl(url: string): RedisOptions {
  const parsed = new URL(url);
  const db = parsed.pathname.replace(/^\//, '');
  return {
    host: parsed.hostname,
    port: parsed.port ? Number(parsed.port) : 6379,
    ...(parsed.username ? { username: decodeURIComponent(parsed.username) } : {}),
    ...(parsed.password ? { password: decodeURIComponent(parsed.password) } : {}),
    ...(db ? { db: Number(db) } : {}),
    ...(parsed.protocol === 'rediss:' ? { tls: {} } : {}),
  };
}

type LogFn = (objOrMessage: unknown, message?: string) => void;
interface BentoLogger {
  trace: LogFn;
  debug: LogFn;
  info: LogFn;
  warn: LogFn;
  error: LogFn;
  fatal: LogFn;
  child(bindings: Record<string, unknown>): BentoLogger;
}

/**
 * bentocache logs Redis failures as errors on its L2 layer: count each, and say so at most once
 * per 10 s (a Redis outage would otherwise write a line per lookup). Keys and values stay out.
 */
function bentoLogger(log: CacheLogSink, onRedisError: () => void): BentoLogger {
  let lastSaid = 0;
  const make = (bindings: Record<string, unknown>): BentoLogger => {
    const quiet: LogFn = () => undefined;
    const trouble: LogFn = (objOrMessage, message) => {
      if (bindings.layer !== 'l2' && bindings.context !== 'bentocache.bus') return;
      onRedisError();
      const now = Date.now();
      if (now - lastSaid < 10_000) return;
      lastSaid = now;
      const text = typeof objOrMessage === 'string' ? objOrMessage : (message ?? 'failed');
      log.warn(`Redis (shared catalog cache): ${text}; answering from memory and upstream meanwhile.`);
    };
    return {
      trace: quiet,
      debug: quiet,
      info: quiet,
      warn: trouble,
      error: trouble,
      fatal: trouble,
      child: (more) => make({ ...bindings, ...more }),
    };
  };
  return make({});
}

import { EventEmitter } from 'node:events';
import { BentoCache, bentostore } from 'bentocache';
import { memoryDriver } from 'bentocache/drivers/memory';
import { redisBusDriver, redisDriver } from 'bentocache/drivers/redis';
import { Redis, type RedisOptions } from 'ioredis';
import { SERVICE_NAME, SERVICE_VERSION } from '../version.js';
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
export interface BentoStore {
  cache: BentoCache<{ listings: ReturnType<typeof bentostore> }>;
  /** Disconnects, even from a Redis never reached (whose reconnect timers would keep the process alive). */
  close(): Promise<void>;
}

/** What another instance told this one through the bus: these keys changed, or everything did. */
export type BusNews = (keys: readonly string[] | 'all') => void;

export function createBentoStore(
  settings: CatalogCacheSettings,
  log: CacheLogSink,
  onRedisError: () => void,
  onBusNews: BusNews,
): BentoStore {
  const trouble = redisTrouble(log, onRedisError);
  const connections = new Set<Redis>();
  // Partitions, not bytes: a few thousand listings at most, each a few hundred images.
  const store = bentostore().useL1Layer(objectsOnly(memoryDriver({ maxItems: 10_000, serialize: false })));
  if (settings.redisUrl) {
    const connection: RedisOptions = {
      ...fromUrl(settings.redisUrl),
      // A Redis that is down or slow costs a command its timeout (queued ones too), never a
      // request its answer: bentocache then answers from memory and upstream.
      commandTimeout: settings.redisTimeoutMs,
      connectTimeout: settings.redisTimeoutMs,
      maxRetriesPerRequest: 1,
      retryStrategy: (attempt) => Math.min(attempt * 200, 5_000),
    };
    const redis = withErrorsReported(new Redis(connection), trouble, connections);
    const bus = redisBusDriver({ connection: redis, retryQueue: { enabled: true, maxSize: 1_000 } });
    store
      .useL2Layer(redisDriver({ connection: redis }))
      .useBus({ ...bus, factory: (config: BusConfig) => subscribingUntilItWorks(bus.factory(config), trouble) });
  }
  const events = new EventEmitter();
  events.on('bus:message:received', ({ message }: { message: { keys: string[]; type: string } }) =>
    onBusNews(message.type === 'clear' ? 'all' : message.keys),
  );
  const cache = new BentoCache({
    emitter: events,
    // Per release: during a rolling deploy, instances of two versions never read each other's listings.
    prefix: `${SERVICE_NAME}:${SERVICE_VERSION}`,
    default: 'listings',
    stores: { listings: store },
    serializer: listingSerializer,
    // Redis trouble: keep answering from memory and upstream; stop asking Redis for a while.
    suppressL2Errors: true,
    l2CircuitBreakerDuration: '5s',
    logger: bentoLogger(trouble),
  });
  return {
    cache,
    async close() {
      // A Redis that is gone has nothing left to release; then make sure nothing reconnects.
      await cache.disconnect().catch(() => undefined);
      for (const redis of connections) redis.disconnect();
    },
  };
}

type MemoryDriverResult = ReturnType<typeof memoryDriver>;

/**
 * Memory keeps objects (`serialize: false`: a warm read parses nothing). bentocache 1.6 refills
 * it from Redis with the serialized string, which its own next read of memory then fails on
 * (bentocache issue #111, fix open as PR #113): parse such a string once, on the way in.
 * Delete this when the fix is released.
 */
function objectsOnly(memory: MemoryDriverResult): MemoryDriverResult {
  return {
    ...memory,
    factory: (config: Parameters<MemoryDriverResult['factory']>[0]) => {
      const driver = memory.factory(config);
      const set = driver.set.bind(driver);
      driver.set = (key, value, ttl) =>
        set(key, (typeof value === 'string' ? listingSerializer.deserialize(value) : value) as string, ttl);
      return driver;
    },
  };
}

type BusTransport = ReturnType<ReturnType<typeof redisBusDriver>['factory']>;
type BusConfig = Parameters<ReturnType<typeof redisBusDriver>['factory']>[0];

/**
 * bentocache subscribes to its bus once, at start, and does not handle a failure (a Redis
 * down at start would be an unhandled rejection, and no bus). Keep trying, every second,
 * until it works; ioredis resubscribes by itself after later reconnects.
 */
function subscribingUntilItWorks(transport: BusTransport, trouble: Trouble): BusTransport {
  const subscribe = transport.subscribe.bind(transport);
  const disconnect = transport.disconnect.bind(transport);
  let retry: NodeJS.Timeout | undefined;
  let closed = false;
  transport.subscribe = (channel, handler) => {
    const attempt = (): Promise<void> =>
      subscribe(channel, handler).catch(() => {
        trouble('cannot subscribe to the bus yet');
        if (!closed) retry = setTimeout(() => void attempt(), 1_000).unref();
      });
    return attempt();
  };
  transport.disconnect = () => {
    closed = true;
    clearTimeout(retry);
    return disconnect();
  };
  return transport;
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

type Trouble = (what: string) => void;

/**
 * Every Redis failure is counted; a line says so at most once per 10 s (a Redis outage would
 * otherwise write a line per lookup). Keys, values and the URL stay out.
 */
function redisTrouble(log: CacheLogSink, count: () => void): Trouble {
  let lastSaid = Number.NEGATIVE_INFINITY;
  return (what) => {
    count();
    const now = performance.now();
    if (now - lastSaid < 10_000) return;
    lastSaid = now;
    log.warn(`Redis (shared catalog cache): ${what}; answering from memory and upstream meanwhile.`);
  };
}

/** Connection errors go to `trouble`, for this connection and the bus's copies of it; all are kept in `connections`. */
function withErrorsReported(redis: Redis, trouble: Trouble, connections: Set<Redis>): Redis {
  const report = (error: Error & { code?: string }) => trouble(`connection failed (${error.code ?? 'error'})`);
  redis.on('error', report);
  connections.add(redis);
  const duplicate = redis.duplicate.bind(redis);
  redis.duplicate = (override) => {
    const copy = duplicate(override).on('error', report);
    connections.add(copy);
    return copy;
  };
  return redis;
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

/** bentocache reports Redis failures as warnings and errors of its L2 layer and its bus. */
function bentoLogger(trouble: Trouble): BentoLogger {
  const make = (bindings: Record<string, unknown>): BentoLogger => {
    const quiet: LogFn = () => undefined;
    const report: LogFn = (objOrMessage, message) => {
      if (bindings.layer !== 'l2' && bindings.context !== 'bentocache.bus') return;
      trouble(typeof objOrMessage === 'string' ? objOrMessage : (message ?? 'failed'));
    };
    return {
      trace: quiet,
      debug: quiet,
      info: quiet,
      warn: report,
      error: report,
      fatal: report,
      child: (more) => make({ ...bindings, ...more }),
    };
  };
  return make({});
}

import { describe, expect, it, vi } from 'vitest';
import {
  createCatalogCache,
  type CatalogCacheEvents,
  type ListingRequest,
} from '../../src/catalog-cache/listing-cache.js';
import { listingSerializer } from '../../src/catalog-cache/listing-serializer.js';
import { readCatalogCacheSettings } from '../../src/catalog-cache/settings.js';
import { createUpstreamGuard } from '../../src/catalog-cache/upstream-guard.js';
import { ErrorCode, UpstreamError } from '../../src/errors.js';

const settings = (env: Record<string, string> = {}) => ({
  ...readCatalogCacheSettings(env),
  discoveryTtlMs: 300_000,
  maxQueueWaitMs: 10_000,
});
const quiet = { warn: () => undefined };
const never = new AbortController().signal;

/** A listing source that counts its calls; `images` says what it answers. */
function source(images: () => Promise<string[]>): ListingRequest<string> & { calls: number } {
  const request = {
    key: 'LON1',
    where: { provider: 'civo', region: 'LON1' },
    calls: 0,
    list: async () => {
      request.calls++;
      return images();
    },
  };
  return request;
}

describe('the catalog cache', () => {
  it('keeps one account’s listings from another key’s answers', async () => {
    const cache = createCatalogCache(settings(), quiet);
    try {
      const first = source(async () => ['private-of-a']);
      const second = source(async () => ['private-of-b']);
      expect((await cache.account('CIVO', ['key-a']).get(first, never)).images).toEqual(['private-of-a']);
      expect((await cache.account('CIVO', ['key-b']).get(second, never)).images).toEqual(['private-of-b']);
      expect((await cache.account('CIVO', ['key-a']).get(second, never)).images).toEqual(['private-of-a']);
      expect([first.calls, second.calls]).toEqual([1, 1]);
    } finally {
      await cache.close();
    }
  });

  it('shares one failing call between concurrent lookups of a cold listing', async () => {
    const cache = createCatalogCache(settings(), quiet);
    try {
      const failing = source(async () => {
        throw new UpstreamError('down', { code: ErrorCode.UPSTREAM_UNAVAILABLE, partition: { provider: 'civo' } });
      });
      const account = cache.account('CIVO', ['k']);
      const outcomes = await Promise.allSettled(Array.from({ length: 20 }, () => account.get(failing, never)));
      expect(outcomes.every((outcome) => outcome.status === 'rejected')).toBe(true);
      expect(failing.calls).toBe(1);
      expect(cache.stats().failedFetches).toBe(1);
    } finally {
      await cache.close();
    }
  });

  it('with CATALOG_TTL_SECONDS=0 calls upstream every time, as fresh', async () => {
    const cache = createCatalogCache(settings({ CATALOG_TTL_SECONDS: '0' }), quiet);
    const listing = source(async () => ['a']);
    const account = cache.account('CIVO', ['k']);
    const answers = [await account.get(listing, never), await account.get(listing, never)];
    expect(listing.calls).toBe(2);
    expect(answers.every((answer) => !answer.stale && answer.refreshError === null)).toBe(true);
    await cache.close();
  });
});

describe('the catalog cache’s events (metrics)', () => {
  it('tells a miss, then hits, then a stale serve whose failed refresh it tells too', async () => {
    const told: string[] = [];
    let refreshFailed!: () => void;
    const failedRefresh = new Promise<void>((resolve) => (refreshFailed = resolve));
    const events: CatalogCacheEvents = {
      read: (provider, kind, result) => told.push(`${provider} ${kind} ${result}`),
      refreshFailed: (provider, kind) => {
        told.push(`${provider} ${kind} refresh failed`);
        refreshFailed();
      },
      redisError: () => told.push('redis error'),
    };
    const cache = createCatalogCache(settings({ CATALOG_TTL_SECONDS: '60' }), quiet, events);
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      let up = true;
      const listing = source(async () => {
        if (up) return ['image'];
        throw new UpstreamError('down', { code: ErrorCode.UPSTREAM_UNAVAILABLE, partition: { provider: 'civo' } });
      });
      const account = cache.account('CIVO', ['k']);
      vi.setSystemTime(Date.now() + 1);
      await account.get(listing, never);
      vi.setSystemTime(Date.now() + 1);
      await account.get(listing, never);
      await account.get(listing, never);
      up = false;
      vi.setSystemTime(Date.now() + 61_000);
      expect((await account.get(listing, never)).stale).toBe(true);
      await failedRefresh;
      expect(told.slice(0, 3)).toEqual(['CIVO listing miss', 'CIVO listing hit', 'CIVO listing hit']);
      // The refresh runs beside the stale answer: either may be told first.
      expect(told.slice(3).sort()).toEqual(['CIVO listing refresh failed', 'CIVO listing stale']);
      expect(listing.calls).toBe(2);
    } finally {
      vi.useRealTimers();
      await cache.close();
    }
  });
});

describe('the Redis serializer', () => {
  it('round-trips listings with their Dates, and leaves look-alike objects alone', () => {
    const value = {
      images: [{ name: 'ubuntu', createdAt: new Date('2024-01-16T09:41:00Z'), meta: { $date: 5, other: 1 } }],
    };
    const back = listingSerializer.deserialize(listingSerializer.serialize(value)) as typeof value;
    expect(back.images[0]!.createdAt).toBeInstanceOf(Date);
    expect(back.images[0]!.createdAt.toISOString()).toBe('2024-01-16T09:41:00.000Z');
    expect(back).toEqual(value);
  });
});

describe('the upstream guard', () => {
  it('refuses calls past UPSTREAM_MAX_QUEUE at once, typed OVERLOADED', async () => {
    const guard = createUpstreamGuard({
      breakerFailures: 0,
      breakerCooldownMs: 1,
      maxConcurrency: 1,
      maxQueue: 1,
      maxQueueWaitMs: 10_000,
    });
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const where = { provider: 'civo', region: 'LON1' };
    const running = guard.run('CIVO', 'a', where, () => held);
    const queued = guard.run('CIVO', 'b', where, async () => 'queued');
    await expect(guard.run('CIVO', 'c', where, async () => 'refused')).rejects.toMatchObject({
      extensions: { code: 'UPSTREAM_UNAVAILABLE', reason: 'OVERLOADED', provider: 'CIVO', region: 'LON1' },
    });
    // Another provider has its own bulkhead.
    await expect(guard.run('GCORE', 'd', { provider: 'gcore' }, async () => 'other')).resolves.toBe('other');
    release();
    await running;
    await expect(queued).resolves.toBe('queued');
  });

  it('opens a circuit on outages only: a client that went away (CANCELLED) or a 404 does not count', async () => {
    const guard = createUpstreamGuard({
      breakerFailures: 2,
      breakerCooldownMs: 60_000,
      maxConcurrency: 4,
      maxQueue: 4,
      maxQueueWaitMs: 10_000,
    });
    const where = { provider: 'civo', region: 'LON1' };
    const failing = (details: Partial<ConstructorParameters<typeof UpstreamError>[1]>) => async () => {
      throw new UpstreamError('failed', { code: ErrorCode.UPSTREAM_UNAVAILABLE, partition: where, ...details });
    };
    for (let attempt = 0; attempt < 3; attempt++) {
      await expect(guard.run('CIVO', 'p', where, failing({ reason: 'CANCELLED' }))).rejects.toMatchObject({
        extensions: { reason: 'CANCELLED' },
      });
      await expect(
        guard.run('CIVO', 'p', where, failing({ code: ErrorCode.UPSTREAM_NOT_FOUND })),
      ).rejects.toMatchObject({ extensions: { code: 'UPSTREAM_NOT_FOUND' } });
    }
    expect(guard.openCircuits()).toEqual([]);
    for (let attempt = 0; attempt < 2; attempt++)
      await expect(guard.run('CIVO', 'p', where, failing({ reason: 'TIMEOUT' }))).rejects.toMatchObject({
        extensions: { reason: 'TIMEOUT' },
      });
    expect(guard.openCircuits()).toEqual(['p']);
    await expect(guard.run('CIVO', 'p', where, async () => 'not called')).rejects.toMatchObject({
      extensions: { reason: 'CIRCUIT_OPEN' },
    });
  });

  it('fails a call that waited for a slot longer than its budget, typed OVERLOADED, and frees its place', async () => {
    const guard = createUpstreamGuard({
      breakerFailures: 0,
      breakerCooldownMs: 1,
      maxConcurrency: 1,
      maxQueue: 10,
      maxQueueWaitMs: 50,
    });
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const where = { provider: 'civo', region: 'LON1' };
    const running = guard.run('CIVO', 'a', where, () => held);
    await expect(guard.run('CIVO', 'b', where, async () => 'too late')).rejects.toMatchObject({
      extensions: { code: 'UPSTREAM_UNAVAILABLE', reason: 'OVERLOADED' },
    });
    release();
    await running;
    await expect(guard.run('CIVO', 'c', where, async () => 'next')).resolves.toBe('next');
  });
});

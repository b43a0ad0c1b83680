import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { startEmulator, type Emulator } from '../../src/emulator/server.js';
import { partitionCount } from '../support/catalog-expectations.js';
import { redisServerInstalled, startRedis, type RedisProcess } from '../support/redis.js';
import { startStack, type Stack } from '../support/stack.js';

/**
 * Several instances behind one real redis-server and one upstream: listings are shared, an
 * instance's refresh reaches the others' memory through the bus, and a dead Redis costs
 * nothing but the sharing.
 */

interface Search {
  images: {
    totalCount: number;
    edges: { node: { id: string; createdAt: string | null } }[];
    coverage: { complete: boolean; fresh: boolean; stale: unknown[] };
  };
}

const SEARCH = `{ images(first: 50) { totalCount edges { node { id createdAt } } coverage { complete fresh stale { region } } } }`;

const ask = async (stack: Stack) =>
  (await (await stack.post({ query: SEARCH })).json()) as { data?: Search; errors?: unknown[] };

const listingsFrom = (emulator: Emulator) =>
  emulator.requests.filter((request) => /disk_images$|images\/:project\/:region$/.test(request.route)).length;

const CI = process.env.CI === 'true';
if (!redisServerInstalled && CI) throw new Error('redis-server is required in CI (.ci/run installs it)');

describe.skipIf(!redisServerInstalled)('the catalog cache on a shared Redis', () => {
  let redis: RedisProcess;
  let emulator: Emulator;
  const stacks: Stack[] = [];
  const instance = async (env: Record<string, string> = {}) => {
    const stack = await startStack({
      sharedEmulator: emulator,
      env: { CATALOG_TTL_SECONDS: '300', REDIS_URL: redis.url, REDIS_TIMEOUT_MS: '200', ...env },
    });
    stacks.push(stack);
    return stack;
  };

  beforeAll(async () => {
    redis = await startRedis();
    emulator = await startEmulator();
  });
  afterEach(() => {
    vi.useRealTimers();
  });
  afterAll(async () => {
    for (const stack of stacks) await stack.close();
    await emulator.close();
    await redis.kill();
  });

  it('lets a second instance answer from the first one’s listings, with no upstream call, Dates intact', async () => {
    const first = await instance();
    const second = await instance();
    emulator.resetRequests();
    const cold = await ask(first);
    expect(cold.errors).toBeUndefined();
    expect(listingsFrom(emulator)).toBe(partitionCount);

    emulator.resetRequests();
    const shared = await ask(second);
    expect(emulator.requests).toHaveLength(0);
    expect(shared.data).toEqual(cold.data);
    expect(shared.data!.images.edges.some(({ node }) => node.createdAt !== null)).toBe(true);
  });

  it('keeps the instances’ memory in step: what one drops, the others drop too, told by the bus', async () => {
    const first = await instance();
    const second = await instance();
    await ask(first);
    await ask(second);
    emulator.resetRequests();
    expect((await ask(second)).data!.images.coverage.fresh).toBe(true);
    expect(emulator.requests).toHaveLength(0);

    // The first drops every listing (memory and Redis). The second's memory copies are still
    // fresh: only the bus can tell it to drop them, after which it has to list again.
    await first.server.services.cache.clear();
    await vi.waitFor(async () => {
      emulator.resetRequests();
      await ask(second);
      expect(listingsFrom(emulator)).toBe(partitionCount);
    });
  });

  it('keeps answering when Redis dies: from memory, or from upstream, logged and counted', async () => {
    const warm = await instance();
    await ask(warm);
    await redis.kill();

    emulator.resetRequests();
    const fromMemory = await ask(warm);
    expect(fromMemory.errors).toBeUndefined();
    expect(fromMemory.data!.images.coverage.complete).toBe(true);
    expect(emulator.requests).toHaveLength(0);

    // A new instance with nothing in memory and Redis gone: upstream answers, nothing fails.
    const newcomer = await instance();
    const fromUpstream = await ask(newcomer);
    expect(fromUpstream.errors).toBeUndefined();
    expect(fromUpstream.data!.images.totalCount).toBe(fromMemory.data!.images.totalCount);
    expect(listingsFrom(emulator)).toBe(partitionCount);
    expect(newcomer.server.services.cache.stats().redisErrors).toBeGreaterThan(0);
    const metrics = await (await fetch(new URL('/metrics', newcomer.url))).text();
    const redisErrors = /^catalog_cache_redis_errors_total (\d+)$/m.exec(metrics);
    expect(Number(redisErrors?.[1])).toBeGreaterThan(0);
    expect(newcomer.logs.some((line) => line.includes('Redis (shared catalog cache)'))).toBe(true);
    expect(newcomer.logs.join('\n')).not.toContain(redis.url);
  });
});

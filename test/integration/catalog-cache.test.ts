import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { partitionCount } from '../support/catalog-expectations.js';
import { startStack, type Stack } from '../support/stack.js';

/**
 * The catalog cache through the public surface: GraphQL over HTTP, the emulator behind the
 * real clients. Time moves with a faked Date only (timers, sockets and the emulator run for
 * real), so "five minutes later" costs no waiting.
 */

const TTL_SECONDS = 300;
const MAX_STALE_SECONDS = 3_600;

interface Answer<T> {
  data?: T;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

interface Search {
  images: {
    totalCount: number;
    edges: { node: { id: string; provider: string; region: { code: string } } }[];
    coverage: {
      requested: number;
      answered: number;
      complete: boolean;
      fresh: boolean;
      asOf: string | null;
      failed: { provider: string; region: string | null; code: string }[];
      stale: {
        provider: string;
        region: string;
        projectId: number | null;
        asOf: string;
        ageSeconds: number;
        refreshError: { code: string; reason: string | null; message: string } | null;
      }[];
    };
  };
}

const SEARCH = `query($filter: ImageFilter) { images(first: 50, filter: $filter) {
  totalCount
  edges { node { id provider region { code } } }
  coverage { requested answered complete fresh asOf failed { provider region code }
    stale { provider region projectId asOf ageSeconds refreshError { code reason message } } } } }`;

const ask = async <T = Search>(stack: Stack, query: string, variables: Record<string, unknown> = {}) =>
  (await (await stack.post({ query, variables })).json()) as Answer<T>;

const listings = (stack: Stack) =>
  stack.emulator.requests.filter((request) => /disk_images$|images\/:project\/:region$/.test(request.route)).length;

const CACHED = {
  CATALOG_TTL_SECONDS: String(TTL_SECONDS),
  CATALOG_MAX_STALE_SECONDS: String(MAX_STALE_SECONDS),
};

/** Moves the clock `seconds` on (Date only: cache ages and circuit cool-downs read it). */
function later(seconds: number): void {
  vi.setSystemTime(Date.now() + seconds * 1000);
}

afterEach(() => {
  vi.useRealTimers();
});

describe('a warm catalog', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ env: CACHED });
  });
  afterAll(() => stack.close());

  it('answers a repeated search with no upstream call, the same answer, and says how fresh it is', async () => {
    const cold = await ask(stack, SEARCH, { filter: { distributions: ['ubuntu'] } });
    expect(cold.errors).toBeUndefined();
    expect(listings(stack)).toBe(partitionCount);
    stack.emulator.resetRequests();

    const warm = await ask(stack, SEARCH, { filter: { distributions: ['ubuntu'] } });
    expect(stack.emulator.requests).toHaveLength(0);
    expect(warm.data).toEqual(cold.data);
    expect(warm.data!.images.coverage).toMatchObject({ complete: true, fresh: true, stale: [] });
    expect(Date.parse(warm.data!.images.coverage.asOf!)).toBeLessThanOrEqual(Date.now());

    // Another filter over the same partitions is pure in-memory work too.
    const other = await ask(stack, SEARCH, { filter: { distributions: ['debian'] } });
    expect(other.errors).toBeUndefined();
    expect(other.data!.images.totalCount).toBeGreaterThan(0);
    expect(stack.emulator.requests).toHaveLength(0);
  });

  it('serves node(id) from the cached listing too', async () => {
    const { data } = await ask(stack, SEARCH);
    stack.emulator.resetRequests();
    const id = data!.images.edges[0]!.node.id;
    const node = await ask<{ node: { id: string } }>(stack, 'query($id: ID!) { node(id: $id) { id } }', { id });
    expect(node.data!.node.id).toBe(id);
    expect(stack.emulator.requests).toHaveLength(0);
  });
});

describe('a cold catalog under concurrent identical queries', () => {
  it('makes one listing call per partition, however many queries wait for it', async () => {
    const stack = await startStack({ env: CACHED, emulator: { latencyMs: 50 } });
    try {
      const answers = await Promise.all(Array.from({ length: 40 }, () => ask(stack, SEARCH)));
      expect(answers.every((answer) => answer.errors === undefined)).toBe(true);
      expect(new Set(answers.map((answer) => answer.data!.images.totalCount)).size).toBe(1);
      expect(listings(stack)).toBe(partitionCount);
    } finally {
      await stack.close();
    }
  });
});

describe('past the TTL', () => {
  it('answers at once from the stale listing, says so, and refreshes it once in the background', async () => {
    const stack = await startStack({ env: CACHED });
    try {
      vi.useFakeTimers({ toFake: ['Date'] });
      await ask(stack, SEARCH);
      stack.emulator.resetRequests();
      later(TTL_SECONDS + 1);

      const stale = await ask(stack, SEARCH);
      expect(stale.errors).toBeUndefined();
      const { coverage } = stale.data!.images;
      expect(coverage).toMatchObject({ complete: true, fresh: false, answered: partitionCount });
      expect(coverage.stale).toHaveLength(partitionCount);
      expect(coverage.stale[0]!.ageSeconds).toBeGreaterThanOrEqual(TTL_SECONDS);
      expect(coverage.stale.every((entry) => entry.refreshError === null)).toBe(true);

      // One refresh per partition, in the background, however many queries see it stale.
      await ask(stack, SEARCH);
      await vi.waitFor(() => expect(listings(stack)).toBe(partitionCount));
      const fresh = await ask(stack, SEARCH);
      expect(fresh.data!.images.coverage).toMatchObject({ fresh: true, stale: [] });
      expect(listings(stack)).toBe(partitionCount);
    } finally {
      await stack.close();
    }
  });

  it('keeps serving the last good listing while refreshes fail, naming the error, up to CATALOG_MAX_STALE_SECONDS', async () => {
    const stack = await startStack({ env: CACHED });
    try {
      vi.useFakeTimers({ toFake: ['Date'] });
      const before = await ask(stack, SEARCH, { filter: { providers: ['CIVO'] } });
      const lon1 = before.data!.images.edges.filter(({ node }) => node.region.code === 'LON1').length;
      expect(lon1).toBeGreaterThan(0);
      stack.emulator.addFault({ target: { provider: 'civo', region: 'LON1' }, fault: { kind: 'status', status: 503 } });
      later(TTL_SECONDS + 1);

      await ask(stack, SEARCH, { filter: { providers: ['CIVO'] } });
      await vi.waitFor(() => expect(stack.server.services.cache.stats().failedFetches).toBe(1));
      const during = await ask(stack, SEARCH, { filter: { providers: ['CIVO'] } });
      expect(during.errors).toBeUndefined();
      const { coverage, edges } = during.data!.images;
      expect(edges.filter(({ node }) => node.region.code === 'LON1')).toHaveLength(lon1);
      expect(coverage).toMatchObject({ complete: true, fresh: false, failed: [] });
      expect(coverage.stale).toEqual([
        expect.objectContaining({
          provider: 'CIVO',
          region: 'LON1',
          projectId: null,
          refreshError: expect.objectContaining({ code: 'UPSTREAM_UNAVAILABLE', reason: 'HTTP_STATUS' }),
        }),
      ]);

      // Past the maximum staleness, the listing is not served: the partition fails, typed.
      later(MAX_STALE_SECONDS);
      const beyond = await ask(stack, SEARCH, { filter: { providers: ['CIVO'] } });
      expect(beyond.data!.images.coverage.failed).toEqual([
        { provider: 'CIVO', region: 'LON1', code: 'UPSTREAM_UNAVAILABLE' },
      ]);
      expect(beyond.errors![0]!.extensions).toMatchObject({ code: 'UPSTREAM_UNAVAILABLE', region: 'LON1' });
    } finally {
      await stack.close();
    }
  });
});

describe('a partition the upstream says does not exist', () => {
  it('is believed for CATALOG_NOT_FOUND_TTL_SECONDS: asked again it costs no call; then it is asked, never served stale', async () => {
    let fra1: 'gone' | 'down' | 'back' = 'gone';
    // The region list still has FRA1, but its listing says the region does not exist (as Civo
    // words it), then fails like an outage, then answers again.
    const stack = await startStack({
      env: { ...CACHED, CATALOG_NOT_FOUND_TTL_SECONDS: '30', UPSTREAM_RETRY_LIMIT: '0' },
      rewrite: async (url, response) => {
        if (url.pathname !== '/v2/disk_images' || url.searchParams.get('region') !== 'FRA1') return response;
        if (fra1 === 'gone')
          return Response.json({ code: 'database_region_not_found', reason: 'gone' }, { status: 404 });
        if (fra1 === 'down') return new Response('unavailable', { status: 503 });
        return response;
      },
    });
    try {
      vi.useFakeTimers({ toFake: ['Date'] });
      const query = '{ civoDiskImages(region: "FRA1") { id } }';
      const first = await ask(stack, query);
      expect(first.errors![0]!.extensions!.code).toBe('UPSTREAM_NOT_FOUND');
      const calls = listings(stack);
      const second = await ask(stack, query);
      expect(second.errors![0]!.extensions!.code).toBe('UPSTREAM_NOT_FOUND');
      expect(listings(stack)).toBe(calls);

      // Past its TTL it is asked again at once; an outage then reads as an outage.
      later(31);
      fra1 = 'down';
      const outage = await ask(stack, query);
      expect(outage.errors![0]!.extensions).toMatchObject({ code: 'UPSTREAM_UNAVAILABLE', reason: 'HTTP_STATUS' });
      expect(listings(stack)).toBe(calls + 1);

      fra1 = 'back';
      const back = await ask<{ civoDiskImages: unknown[] }>(stack, query);
      expect(back.errors).toBeUndefined();
      expect(back.data!.civoDiskImages.length).toBeGreaterThan(0);
    } finally {
      await stack.close();
    }
  });
});

describe('a partition that keeps failing', () => {
  it('opens its circuit: answered CIRCUIT_OPEN at once with no call, then one probe after the cool-down', async () => {
    const stack = await startStack({
      env: {
        ...CACHED,
        CIRCUIT_BREAKER_FAILURES: '2',
        CIRCUIT_BREAKER_COOLDOWN_SECONDS: '30',
        UPSTREAM_RETRY_LIMIT: '0',
      },
    });
    try {
      vi.useFakeTimers({ toFake: ['Date'] });
      stack.emulator.addFault({ target: { provider: 'civo', region: 'LON1' }, fault: { kind: 'status', status: 503 } });
      const query = '{ civoDiskImages(region: "LON1") { id } }';
      for (let attempt = 0; attempt < 2; attempt++) {
        const answer = await ask(stack, query);
        expect(answer.errors![0]!.extensions).toMatchObject({ code: 'UPSTREAM_UNAVAILABLE', reason: 'HTTP_STATUS' });
      }
      expect(listings(stack)).toBe(2);

      const open = await ask(stack, query);
      expect(open.errors![0]!.extensions).toMatchObject({
        code: 'UPSTREAM_UNAVAILABLE',
        reason: 'CIRCUIT_OPEN',
        provider: 'CIVO',
        region: 'LON1',
        retryable: true,
      });
      expect(listings(stack)).toBe(2);
      expect(stack.server.services.cache.stats().openCircuits).toHaveLength(1);
      // Other partitions are not affected.
      const other = await ask<{ civoDiskImages: unknown[] }>(stack, '{ civoDiskImages(region: "FRA1") { id } }');
      expect(other.errors).toBeUndefined();

      later(31);
      stack.emulator.clearFaults();
      const probe = await ask<{ civoDiskImages: unknown[] }>(stack, query);
      expect(probe.errors).toBeUndefined();
      expect(probe.data!.civoDiskImages.length).toBeGreaterThan(0);
      expect(stack.server.services.cache.stats().openCircuits).toHaveLength(0);
    } finally {
      await stack.close();
    }
  });
});

describe('CATALOG_TTL_SECONDS=0', () => {
  it('turns the cache off: every query lists again', async () => {
    const stack = await startStack({ env: { CATALOG_TTL_SECONDS: '0' } });
    try {
      await ask(stack, SEARCH);
      await ask(stack, SEARCH);
      expect(listings(stack)).toBe(2 * partitionCount);
    } finally {
      await stack.close();
    }
  });
});

describe('warm-up', () => {
  it('lists every partition before the first query, which then costs no call', async () => {
    const stack = await startStack({ env: CACHED });
    try {
      const report = await stack.server.warmUp();
      expect(report.failed).toBe(0);
      expect(report.listed).toBeGreaterThanOrEqual(partitionCount);
      stack.emulator.resetRequests();
      const answer = await ask(stack, SEARCH);
      expect(answer.errors).toBeUndefined();
      const bare = await ask(stack, SEARCH, { filter: { baremetal: true } });
      expect(bare.errors).toBeUndefined();
      expect(stack.emulator.requests).toHaveLength(0);
    } finally {
      await stack.close();
    }
  });
});

describe('lookups by id', () => {
  it('refuses nodes(ids:) past MAX_NODE_IDS, before any lookup', async () => {
    const stack = await startStack({ env: { ...CACHED, MAX_NODE_IDS: '3' } });
    try {
      const { data } = await ask(stack, SEARCH);
      const ids = data!.images.edges.slice(0, 4).map(({ node }) => node.id);
      stack.emulator.resetRequests();
      const refused = await ask<{ nodes: unknown }>(stack, 'query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids });
      expect(refused.data!.nodes).toBeNull();
      expect(refused.errors![0]!.extensions).toMatchObject({ code: 'TOO_MANY_LOOKUPS', argument: 'ids', limit: 3 });
      const fine = await ask<{ nodes: { id: string }[] }>(stack, 'query($ids: [ID!]!) { nodes(ids: $ids) { id } }', {
        ids: ids.slice(0, 3),
      });
      expect(fine.data!.nodes.map((node) => node.id)).toEqual(ids.slice(0, 3));
      expect(stack.emulator.requests).toHaveLength(0);
    } finally {
      await stack.close();
    }
  });

  it('makes at most MAX_DETAIL_LOOKUPS_PER_QUERY detail calls for ids no listing has', async () => {
    const stack = await startStack({ env: { ...CACHED, MAX_DETAIL_LOOKUPS_PER_QUERY: '2' } });
    try {
      const { data } = await ask(stack, SEARCH, { filter: { providers: ['CIVO'] } });
      // Ids that look real but that no listing has: each would cost a detail call.
      const known = data!.images.edges[0]!.node.id;
      const decoded = Buffer.from(known, 'base64url').toString();
      const unknown = [1, 2, 3, 4].map((n) =>
        Buffer.from(decoded.replace(/[^:]+$/, `00000000-0000-4000-8000-00000000000${n}`)).toString('base64url'),
      );
      stack.emulator.resetRequests();
      const answer = await ask<{ nodes: unknown[] }>(stack, 'query($ids: [ID!]!) { nodes(ids: $ids) { id } }', {
        ids: unknown,
      });
      expect(answer.data!.nodes).toEqual([null, null, null, null]);
      const codes = answer.errors!.map((error) => error.extensions!.code);
      expect(codes.filter((code) => code === 'TOO_MANY_LOOKUPS')).toHaveLength(2);
      const details = stack.emulator.requests.filter((request) => request.route === 'GET /v2/disk_images/:id');
      expect(details).toHaveLength(2);
    } finally {
      await stack.close();
    }
  });
});

describe('under overload', () => {
  it('sheds requests past MAX_CONCURRENT_REQUESTS with 503, OVERLOADED and Retry-After, and recovers', async () => {
    const stack = await startStack({ env: { MAX_CONCURRENT_REQUESTS: '1' }, emulator: { latencyMs: 200 } });
    try {
      const slow = stack.post({ query: SEARCH });
      // The first request is admitted before the second arrives.
      await vi.waitFor(() => expect(stack.emulator.inFlight()).toBeGreaterThan(0));
      const shed = await stack.post({ query: '{ __typename }' });
      expect(shed.status).toBe(503);
      expect(shed.headers.get('retry-after')).toBe('1');
      const body = (await shed.json()) as Answer<unknown>;
      expect(body.errors![0]!.extensions).toMatchObject({ code: 'OVERLOADED' });
      expect((await slow).status).toBe(200);
      const after = await ask<{ __typename: string }>(stack, '{ __typename }');
      expect(after.data).toEqual({ __typename: 'Query' });
      expect(stack.server.shedRequests()).toBe(1);
    } finally {
      await stack.close();
    }
  });
});

describe('discovery', () => {
  it('is served stale while its refresh fails: the catalog keeps answering when GET /v2/regions is down', async () => {
    const stack = await startStack({ env: { ...CACHED, DISCOVERY_TTL_SECONDS: '60' } });
    try {
      vi.useFakeTimers({ toFake: ['Date'] });
      const before = await ask(stack, SEARCH, { filter: { providers: ['CIVO'] } });
      stack.emulator.addFault({
        target: { provider: 'civo', route: 'GET /v2/regions' },
        fault: { kind: 'status', status: 503 },
      });
      later(61);
      const after = await ask(stack, SEARCH, { filter: { providers: ['CIVO'] } });
      expect(after.errors).toBeUndefined();
      expect(after.data!.images.totalCount).toBe(before.data!.images.totalCount);
      await vi.waitFor(() =>
        expect(stack.emulator.requests.some((request) => request.route === 'GET /v2/regions')).toBe(true),
      );
    } finally {
      await stack.close();
    }
  });
});

describe('UPSTREAM_MAX_CONCURRENCY', () => {
  it('caps one provider’s upstream calls in flight; the rest wait their turn and all answer', async () => {
    const stack = await startStack({ env: { ...CACHED, UPSTREAM_MAX_CONCURRENCY: '2' }, emulator: { latencyMs: 30 } });
    try {
      const answer = await ask(stack, SEARCH, { filter: { providers: ['GCORE'] } });
      expect(answer.errors).toBeUndefined();
      expect(answer.data!.images.coverage.complete).toBe(true);
      expect(stack.emulator.maxInFlight()).toBeLessThanOrEqual(2);
      expect(listings(stack)).toBeGreaterThan(2);
    } finally {
      await stack.close();
    }
  });
});

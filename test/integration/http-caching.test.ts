import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { startStack, type Stack } from '../support/stack.js';
import { getUrl, rawGet } from '../support/raw-http.js';

/**
 * Cache-Control, ETag and 304 as a browser or CDN meets them: GET and POST over real HTTP, the
 * catalog cache on, time moved with a faked Date only.
 */

const TTL_SECONDS = 300;
const CACHED = { CATALOG_TTL_SECONDS: String(TTL_SECONDS), CATALOG_MAX_STALE_SECONDS: '3600' };
const IN_REGION = 'query($region: String!) { civoDiskImages(region: $region) { id name } }';
const TWO_REGIONS = '{ lon: civoDiskImages(region: "LON1") { id } nyc: civoDiskImages(region: "NYC1") { id } }';

const later = (seconds: number) => vi.setSystemTime(Date.now() + seconds * 1000);
const json = { accept: 'application/json' };
const maxAge = (cacheControl: unknown) => Number(/max-age=(\d+)/.exec(String(cacheControl))?.[1]);
/** The faked Date still moves with real time between a listing's fetch and the answer: allow its second. */
const expectFreshFor = (cacheControl: unknown, seconds: number) => {
  expect(String(cacheControl)).toMatch(/^public, max-age=\d+, must-revalidate$/);
  expect(maxAge(cacheControl)).toBeLessThanOrEqual(seconds);
  expect(maxAge(cacheControl)).toBeGreaterThanOrEqual(seconds - 1);
};

afterEach(() => {
  vi.useRealTimers();
});

describe('GET queries with the catalog cache on', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ env: CACHED });
  });
  afterAll(() => stack.close());

  it('may be kept as long as the listings they used stay fresh, never longer than the shortest', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const lon = await rawGet(getUrl(stack.url, IN_REGION, { region: 'LON1' }), json);
    expect(lon.status).toBe(200);
    expectFreshFor(lon.headers['cache-control'], TTL_SECONDS);

    later(100);
    // LON1's listing is 100 s old, NYC1's new: the answer using both is fresh for 200 s more.
    const both = await rawGet(getUrl(stack.url, TWO_REGIONS), json);
    expect(JSON.parse(both.body.toString()).errors).toBeUndefined();
    expectFreshFor(both.headers['cache-control'], TTL_SECONDS - 100);
    const nyc = await rawGet(getUrl(stack.url, IN_REGION, { region: 'NYC1' }), json);
    expectFreshFor(nyc.headers['cache-control'], TTL_SECONDS);
    expect(String(both.headers.vary)).toMatch(/Accept\b/);
  });

  it('carries a strong ETag and answers a matching If-None-Match with a bodiless 304', async () => {
    const url = getUrl(stack.url, IN_REGION, { region: 'FRA1' });
    const first = await rawGet(url, json);
    const tag = first.headers.etag as string;
    expect(tag).toMatch(/^"[\w-]+"$/);

    const again = await rawGet(url, { ...json, 'if-none-match': tag });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    expect(again.headers.etag).toBe(tag);
    expect(again.headers['cache-control']).toMatch(/^public, max-age=\d+/);

    const other = await rawGet(getUrl(stack.url, IN_REGION, { region: 'LON1' }), { ...json, 'if-none-match': tag });
    expect(other.status).toBe(200);
    expect(other.headers.etag).not.toBe(tag);
  });

  it('never lets a stale answer be stored', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const url = getUrl(stack.url, IN_REGION, { region: 'PHX1' });
    expectFreshFor((await rawGet(url, json)).headers['cache-control'], TTL_SECONDS);
    later(TTL_SECONDS + 1);
    const stale = await rawGet(url, json);
    expect(stale.status).toBe(200);
    expect(stale.headers['cache-control']).toBe('no-store');
    expect(stale.headers.etag).toBeUndefined();
  });

  it('never lets a partial answer be stored', async () => {
    stack.emulator.addFault({ target: { provider: 'civo', region: 'NYC1' }, fault: { kind: 'status', status: 500 } });
    await stack.server.services.cache.clear();
    try {
      const partial = await rawGet(getUrl(stack.url, TWO_REGIONS), json);
      const answer = JSON.parse(partial.body.toString());
      expect(answer.errors?.length).toBeGreaterThan(0);
      expect(partial.headers['cache-control']).toBe('no-store');
    } finally {
      stack.emulator.clearFaults();
    }
  });

  it.each(['text/event-stream', 'multipart/mixed'])(
    'never lets an answer streamed as %s be stored, partial or not',
    async (accept) => {
      stack.emulator.addFault({ target: { provider: 'civo', region: 'NYC1' }, fault: { kind: 'status', status: 500 } });
      await stack.server.services.cache.clear();
      try {
        const streamed = await rawGet(getUrl(stack.url, TWO_REGIONS), { accept });
        expect(streamed.headers['content-type']).toContain(accept);
        expect(streamed.body.toString()).toContain('UPSTREAM_');
        expect(streamed.headers['cache-control']).toBe('no-store');
        expect(streamed.headers.vary).toMatch(/Accept(,|$)/);
        expect(streamed.headers['content-encoding']).toBeUndefined();
      } finally {
        stack.emulator.clearFaults();
      }
    },
  );

  it('stores no error answer, and no POST', async () => {
    const invalid = await rawGet(getUrl(stack.url, '{ noSuchField }'), json);
    expect(invalid.headers['cache-control']).toBe('no-store');
    const posted = await stack.post({ query: IN_REGION, variables: { region: 'LON1' } });
    expect(posted.status).toBe(200);
    expect(posted.headers.get('cache-control')).toBe('no-store');
    expect(posted.headers.get('etag')).toBeNull();
  });

  it('revalidates an answer that read no listing every time', async () => {
    const typename = await rawGet(getUrl(stack.url, '{ __typename }'), json);
    expect(typename.headers['cache-control']).toBe('public, max-age=0, must-revalidate');
    const tag = typename.headers.etag as string;
    expect((await rawGet(getUrl(stack.url, '{ __typename }'), { ...json, 'if-none-match': tag })).status).toBe(304);
  });
});

describe('GET queries with the catalog cache off', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack.close());

  it('are fresh for no time at all, and still revalidate with a 304', async () => {
    const url = getUrl(stack.url, IN_REGION, { region: 'LON1' });
    const first = await rawGet(url, json);
    expect(first.headers['cache-control']).toBe('public, max-age=0, must-revalidate');
    const again = await rawGet(url, { ...json, 'if-none-match': first.headers.etag as string });
    expect(again.status).toBe(304);
  });
});

describe('GET queries when region and project lists refresh sooner than listings', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ env: { ...CACHED, DISCOVERY_TTL_SECONDS: '60' } });
  });
  afterAll(() => stack.close());

  it('may be kept no longer than DISCOVERY_TTL_SECONDS, however fresh the listings', async () => {
    const answer = await rawGet(getUrl(stack.url, IN_REGION, { region: 'LON1' }), json);
    expectFreshFor(answer.headers['cache-control'], 60);
  });
});

import { describe, expect, it } from 'vitest';
import { createCivoClient } from '../../src/providers/civo/client.js';
import { createGcoreClient } from '../../src/providers/gcore/client.js';
import { IGNORED_UPSTREAM_EVENTS, type UpstreamEvents } from '../../src/upstream/call-events.js';
import { createUpstreamHttp, UpstreamFailureError } from '../../src/upstream/http-client.js';
import { USER_AGENT } from '../../src/version.js';

/** A fetch that answers from a script and records what it was sent. */
function scripted(answers: (() => Response)[]) {
  const sent: Request[] = [];
  const at: number[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    sent.push(new Request(input, init));
    at.push(performance.now());
    const next = answers.shift();
    if (!next) throw new Error('no more answers scripted');
    return next();
  };
  return { sent, at, fetch: fetch as typeof globalThis.fetch };
}

const settings = { timeoutMs: 2_000, retryLimit: 2, retryBaseDelayMs: 1, maxRetryAfterMs: 1_000 };
const json =
  (status: number, headers: Record<string, string> = {}) =>
  () =>
    new Response(JSON.stringify(status < 400 ? [] : { code: 'x' }), {
      status,
      headers: { 'content-type': 'application/json', ...headers },
    });

function client(fetch: typeof globalThis.fetch, honourShouldRetryHeader: boolean) {
  return createUpstreamHttp({
    ...settings,
    baseUrl: 'http://upstream.invalid',
    authorization: 'APIKey secret',
    retryStatusCodes: [429, 500, 502, 503],
    honourShouldRetryHeader,
    userAgent: 'cloud-image-catalog/9.9.9',
    fetch,
  });
}

const read = (body: unknown) => body;

describe('upstream HTTP client', () => {
  it('names the service in User-Agent', async () => {
    const { sent, fetch } = scripted([json(200)]);
    await client(fetch, true).getJson('v2/regions', { read });
    expect(sent[0]!.headers.get('user-agent')).toBe('cloud-image-catalog/9.9.9');
  });

  it('honours x-should-retry as the Gcore SDKs do: false stops a retry, true forces one', async () => {
    const stopped = scripted([json(503, { 'x-should-retry': 'false' })]);
    await expect(client(stopped.fetch, true).getJson('a', { read })).rejects.toBeInstanceOf(UpstreamFailureError);
    expect(stopped.sent).toHaveLength(1);

    const forced = scripted([json(400, { 'x-should-retry': 'true' }), json(200)]);
    await expect(client(forced.fetch, true).getJson('a', { read })).resolves.toEqual([]);
    expect(forced.sent).toHaveLength(2);
  });

  it('keeps waiting out Retry-After when x-should-retry: true comes on a status it retries anyway', async () => {
    const limited = scripted([json(429, { 'retry-after': '0.3', 'x-should-retry': 'true' }), json(200)]);
    await expect(client(limited.fetch, true).getJson('a', { read })).resolves.toEqual([]);
    expect(limited.sent).toHaveLength(2);
    // The wait the upstream asked for, not the 1 ms backoff.
    expect(limited.at[1]! - limited.at[0]!).toBeGreaterThanOrEqual(290);
  });

  it('ignores x-should-retry for a provider whose SDK does not send or read it', async () => {
    const plain = scripted([json(400, { 'x-should-retry': 'true' })]);
    await expect(client(plain.fetch, false).getJson('a', { read })).rejects.toBeInstanceOf(UpstreamFailureError);
    expect(plain.sent).toHaveLength(1);
  });
});

describe('the providers’ clients', () => {
  const options = (fetch: typeof globalThis.fetch, events: UpstreamEvents = IGNORED_UPSTREAM_EVENTS) => ({
    apiKey: 'k',
    apiUrl: 'http://upstream.invalid',
    http: settings,
    userAgent: USER_AGENT,
    reportDrift: () => undefined,
    events,
    fetch,
  });

  /** What the clients told their events, in order. */
  function recording() {
    const told: string[] = [];
    const events: UpstreamEvents = {
      called: ({ provider, partition, outcome }) => told.push(`called ${provider} ${partition} ${outcome}`),
      retried: ({ provider, partition }) => told.push(`retried ${provider} ${partition}`),
    };
    return { told, events };
  }

  it('tell their events of each call once, after its retries, with its partition and outcome', async () => {
    const { told, events } = recording();
    const flaky = scripted([json(502), () => Response.json({ count: 0, results: [] })]);
    await createGcoreClient(options(flaky.fetch, events)).listImages(1, 76);
    const down = scripted([json(503), json(503)]);
    await expect(createCivoClient(options(down.fetch, events)).listDiskImages('lon1')).rejects.toThrow();
    expect(told).toEqual([
      'retried gcore 1:76',
      'called gcore 1:76 ok',
      'retried civo LON1',
      'called civo LON1 UPSTREAM_UNAVAILABLE',
    ]);
  });

  it('Gcore retries every 5xx, as its SDKs do, and names the service', async () => {
    const upstream = scripted([json(501), json(507), () => Response.json({ count: 0, results: [] })]);
    await expect(createGcoreClient(options(upstream.fetch)).listProjects()).resolves.toEqual([]);
    expect(upstream.sent).toHaveLength(3);
    expect(upstream.sent.every((request) => request.headers.get('user-agent') === USER_AGENT)).toBe(true);
  });

  it('Civo retries once, and only what says "later" (civogo and its CLI never retry)', async () => {
    const down = scripted([json(503), json(503), json(503)]);
    await expect(createCivoClient(options(down.fetch)).listRegions()).rejects.toMatchObject({
      extensions: { code: 'UPSTREAM_UNAVAILABLE' },
    });
    expect(down.sent).toHaveLength(2);
    const broken = scripted([json(500), json(200)]);
    await expect(createCivoClient(options(broken.fetch)).listRegions()).rejects.toMatchObject({
      extensions: { upstreamStatus: 500 },
    });
    expect(broken.sent).toHaveLength(1);
  });
});

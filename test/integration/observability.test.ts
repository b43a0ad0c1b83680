import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startStack, type LogRecord, type Stack } from '../support/stack.js';

/**
 * What operators get: liveness and readiness probes that never call upstream, Prometheus
 * metrics of operations, upstream calls and the cache, and JSON log lines that carry the
 * request's id, with one access line per request.
 */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const LONDON = `query LondonImages { images(filter: { regions: ["LON1"] }) { totalCount } }`;
const civoLondon = { provider: 'civo' as const, region: 'LON1' };

let stack: Stack;

beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack.close());
beforeEach(() => {
  stack.emulator.clearFaults();
  stack.emulator.resetRequests();
  stack.logs.length = 0;
});

const at = (target: Stack, path: string, init?: RequestInit) => fetch(new URL(path, target.url), init);

/** One sample of the Prometheus text: the value of `name` whose labels include `labels`. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  for (const line of text.split('\n')) {
    const match = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const found = Object.fromEntries(
      [...(match[2] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)].map((m) => [m[1], m[2]]),
    );
    if (Object.entries(labels).every(([key, value]) => found[key] === value)) return Number(match[3]);
  }
  return undefined;
}

async function metricsOf(target: Stack): Promise<string> {
  const response = await at(target, '/metrics');
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
  return response.text();
}

const accessLines = (target: Stack): LogRecord[] =>
  target.logRecords().filter((record) => record.msg === 'request' && record.path === '/graphql');

describe('/health', () => {
  it('answers 200 with no upstream call, even before discovery', async () => {
    const response = await at(stack, '/health');
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');
    expect(stack.emulator.count()).toBe(0);
  });
});

describe('/ready', () => {
  let own: Stack;
  beforeEach(async () => {
    own = await startStack({ sharedEmulator: stack.emulator });
  });
  afterEach(() => own.close());

  it('is 503 until discovery has succeeded once, then 200, and 503 again while draining; probes call nothing', async () => {
    const before = await at(own, '/ready');
    expect(before.status).toBe(503);
    expect(await before.json()).toEqual({ status: 'starting', reason: 'provider discovery has not finished yet' });

    const report = await own.server.discover();
    expect(report.failed).toEqual([]);
    expect(report.partitions).toBeGreaterThan(1);
    const discoveryCalls = stack.emulator.count();
    expect(discoveryCalls).toBeGreaterThan(0);

    for (let probe = 0; probe < 5; probe++) {
      const ready = await at(own, '/ready');
      expect(ready.status).toBe(200);
      expect(await ready.json()).toEqual({ status: 'ready', reason: 'configuration loaded, discovery done' });
    }
    own.server.drain();
    const draining = await at(own, '/ready');
    expect(draining.status).toBe(503);
    expect(await draining.json()).toEqual({ status: 'draining', reason: 'shutting down' });
    // Liveness is not readiness: a draining server is still alive.
    expect((await at(own, '/health')).status).toBe(200);
    expect(stack.emulator.count()).toBe(discoveryCalls);
  });

  it('stays 503 naming the failure while a provider cannot be discovered, until a retry succeeds', async () => {
    // Civo retries once: two failures fail one attempt.
    stack.emulator.addFault({
      target: { provider: 'civo', route: 'GET /v2/regions' },
      fault: { kind: 'status', status: 503 },
      times: 2,
    });
    const report = await own.server.discover();
    expect(report.failed.map((failure) => failure.provider)).toEqual(['CIVO']);
    const response = await at(own, '/ready');
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({
      status: 'starting',
      reason: expect.stringMatching(/^provider discovery failed: CIVO: Civo failed to answer \(HTTP 503\)/),
    });

    // becomeReady fails once more, waits a second, tries again, and returns once discovery has worked.
    stack.emulator.addFault({
      target: { provider: 'civo', route: 'GET /v2/regions' },
      fault: { kind: 'status', status: 503 },
      times: 2,
    });
    await own.server.becomeReady();
    expect((await at(own, '/ready')).status).toBe(200);
    expect(own.logRecords().map(({ level, msg }) => `${level} ${msg}`)).toEqual([
      'warn Provider discovery failed (CIVO); not ready, retrying in 1 s.',
      expect.stringMatching(/^info Provider discovery done: \d+ partitions to search; ready\.$/),
    ]);
  });
});

describe('/metrics', () => {
  it("has Yoga's operation metrics and the upstream calls by provider, partition and outcome", async () => {
    stack.emulator.addFault({ target: civoLondon, fault: { kind: 'status', status: 503 }, times: 1 });
    const response = await stack.post({ query: LONDON });
    expect(response.status).toBe(200);
    const listings = stack.emulator.count({ provider: 'civo', route: 'GET /v2/disk_images' });
    expect(listings).toBe(2); // the 503, then its retry

    const text = await metricsOf(stack);
    expect(sample(text, 'graphql_envelop_request_duration_count', { operationType: 'query' })).toBeGreaterThanOrEqual(
      1,
    );
    expect(
      sample(text, 'graphql_yoga_http_duration_count', { method: 'POST', statusCode: '200' }),
    ).toBeGreaterThanOrEqual(1);
    // Operation names are the client's to choose: not a label.
    expect(text).not.toContain('LondonImages');

    const london = { provider: 'civo', partition: 'LON1', outcome: 'ok' };
    expect(sample(text, 'catalog_upstream_calls_total', london)).toBe(1);
    expect(sample(text, 'catalog_upstream_call_duration_seconds_count', london)).toBe(1);
    expect(sample(text, 'catalog_upstream_retries_total', { provider: 'civo', partition: 'LON1' })).toBe(1);
    // Discovery is account-wide: partition `-`.
    expect(sample(text, 'catalog_upstream_calls_total', { provider: 'civo', partition: '-', outcome: 'ok' })).toBe(1);
    // prom-client's process metrics come along.
    expect(sample(text, 'process_cpu_user_seconds_total')).toBeGreaterThan(0);
  });

  it('counts failed calls by their error code', async () => {
    stack.emulator.addFault({ target: civoLondon, fault: { kind: 'status', status: 401 } });
    await stack.post({ query: LONDON });
    const text = await metricsOf(stack);
    expect(
      sample(text, 'catalog_upstream_calls_total', {
        provider: 'civo',
        partition: 'LON1',
        outcome: 'UPSTREAM_UNAUTHORIZED',
      }),
    ).toBe(1);
  });

  it('counts drift warnings by provider, object, field and problem', async () => {
    stack.emulator.addFault({ target: civoLondon, fault: { kind: 'drift' } });
    await stack.post({ query: LONDON });
    const text = await metricsOf(stack);
    const drifted = text.split('\n').filter((line) => line.startsWith('catalog_upstream_drift_total{provider="civo"'));
    expect(drifted.length).toBeGreaterThan(0);
    expect(drifted.every((line) => /object="\w+",field="[^"]+",problem="[a-z ]+"\} [1-9]/.test(line))).toBe(true);
  });

  it('counts cache hits and misses, and the open circuits, with the cache on', async () => {
    const cached = await startStack({
      sharedEmulator: stack.emulator,
      env: { CATALOG_TTL_SECONDS: '60', CIRCUIT_BREAKER_FAILURES: '1' },
    });
    try {
      await cached.post({ query: LONDON });
      await cached.post({ query: LONDON });
      stack.emulator.addFault({ target: { provider: 'civo', region: 'FRA1' }, fault: { kind: 'status', status: 500 } });
      await cached.post({ query: `{ images(filter: { regions: ["FRA1"] }) { totalCount } }` });

      const text = await metricsOf(cached);
      const listings = { provider: 'civo', kind: 'listing' };
      // LON1 missed, then hit; FRA1 missed (and failed).
      expect(sample(text, 'catalog_cache_reads_total', { ...listings, result: 'miss' })).toBe(2);
      expect(sample(text, 'catalog_cache_reads_total', { ...listings, result: 'hit' })).toBe(1);
      expect(sample(text, 'catalog_cache_reads_total', { provider: 'civo', kind: 'discovery', result: 'hit' })).toBe(2);
      expect(sample(text, 'catalog_upstream_open_circuits', { provider: 'civo' })).toBe(1);
      expect(sample(text, 'catalog_cache_redis_errors_total')).toBe(0);
      expect(sample(text, 'catalog_cache_refresh_failures_total', listings)).toBe(1);
    } finally {
      await cached.close();
    }
  });

  it('keeps each server’s metrics its own', async () => {
    const other = await startStack({ sharedEmulator: stack.emulator });
    try {
      await stack.post({ query: LONDON });
      const text = await metricsOf(other);
      expect(sample(text, 'catalog_upstream_calls_total', { provider: 'civo', partition: 'LON1' })).toBeUndefined();
    } finally {
      await other.close();
    }
  });
});

describe('logs and request ids', () => {
  it('takes the x-request-id a client sends, returns it, and puts it on every line of that request', async () => {
    stack.emulator.addFault({ target: civoLondon, fault: { kind: 'status', status: 401 } });
    const response = await stack.post({ query: LONDON }, { headers: jsonHeaders({ 'x-request-id': 'client-req-42' }) });
    expect(response.headers.get('x-request-id')).toBe('client-req-42');

    const failure = stack.logRecords().find((record) => record.msg.startsWith('upstream failure'));
    expect(failure).toMatchObject({ level: 'warn', requestId: 'client-req-42' });
    const [access] = accessLines(stack);
    expect(access).toEqual({
      time: expect.any(String),
      level: 'info',
      msg: 'request',
      requestId: 'client-req-42',
      method: 'POST',
      path: '/graphql',
      status: 200,
      operation: 'LondonImages',
      durationMs: expect.any(Number),
      upstreamCalls: stack.emulator.count(),
      partitionsFailed: 1,
    });
    expect(access!.upstreamCalls).toBeGreaterThan(0);
  });

  it('makes an id when none is sent, or when the one sent is not a plain token, and never echoes junk', async () => {
    const plain = await stack.post({ query: '{ civoRegions { code } }' });
    const made = plain.headers.get('x-request-id');
    expect(made).toMatch(UUID);

    const junk = 'evil id\u0007<script>';
    const replaced = await stack.post(
      { query: '{ civoRegions { code } }' },
      { headers: jsonHeaders({ 'x-request-id': encodeURI(junk) + '%'.repeat(200) }) },
    );
    const replacement = replaced.headers.get('x-request-id');
    expect(replacement).toMatch(UUID);
    expect(replacement).not.toBe(made);

    expect(accessLines(stack).map((record) => record.requestId)).toEqual([made, replacement]);
    expect(stack.logs.join('\n')).not.toContain('script');
    // Anonymous operations have no name to log.
    expect(accessLines(stack)[0]!.operation).toBeNull();
  });

  it('gives every answer its id, probes and refusals included, and logs probes at debug level only', async () => {
    for (const path of ['/health', '/ready', '/metrics', '/nowhere'])
      expect((await at(stack, path)).headers.get('x-request-id')).toMatch(UUID);
    const refused = await stack.post({ query: 'mutation { nothing }' });
    expect(refused.headers.get('x-request-id')).toMatch(UUID);
    // The stack logs at info: probes and scrapes write no access line.
    const paths = stack.logRecords().map((record) => record.path);
    expect(paths).toEqual(['/nowhere', '/graphql']);
  });
});

function jsonHeaders(extra: Record<string, string>): Record<string, string> {
  return { 'content-type': 'application/json', accept: 'application/json', ...extra };
}

import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { GcoreApiErrorBody, GcoreApiList } from '../../src/providers/gcore/api-types.js';
import { civoImagesByRegion } from '../../src/providers/civo/emulator/catalog.js';
import { gcoreImages, gcoreProjects, gcoreRegions } from '../../src/providers/gcore/emulator/catalog.js';
import {
  DEMO_CIVO_API_KEY,
  DEMO_GCORE_API_KEY,
  startEmulator,
  type Emulator,
  type FaultRule,
} from '../../src/emulator/server.js';
import { admin, civo, gcore } from './http.js';

const project = gcoreProjects.find((candidate) => candidate.is_default)!;
const [regionA, regionB] = gcoreRegions.filter((candidate) => candidate.state === 'ACTIVE');
const gcorePartition = { provider: 'gcore' as const, projectId: project.id, regionId: regionA!.id };
const imagesA = `/cloud/v1/images/${project.id}/${regionA!.id}`;
const imagesB = `/cloud/v1/images/${project.id}/${regionB!.id}`;

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator();
});
afterAll(() => emulator.close());
afterEach(() => {
  emulator.clearFaults();
  emulator.resetRequests();
});

describe('status faults, per provider', () => {
  it('Civo 5xx is an nginx HTML page', async () => {
    emulator.addFault({ target: { provider: 'civo', region: 'LON1' }, fault: { kind: 'status', status: 502 } });
    const answer = await civo(emulator, '/v2/disk_images?region=LON1');
    expect(answer.status).toBe(502);
    expect(answer.headers.get('content-type')).toMatch(/^text\/html/);
    expect(answer.text).toContain('<title>502 Bad Gateway</title>');
    expect(answer.text).toContain('nginx');
    expect(emulator.requests[0]).toMatchObject({ partition: { provider: 'civo', region: 'LON1' }, status: 502 });
  });

  it('Civo 429 is JSON rate_limit_exceeded with Retry-After (default 1 s)', async () => {
    emulator.addFault({
      target: { provider: 'civo', region: 'FRA1' },
      fault: { kind: 'status', status: 429 },
      times: 1,
    });
    emulator.addFault({
      target: { provider: 'civo', region: 'FRA1' },
      fault: { kind: 'status', status: 429, retryAfter: '30' },
      times: 1,
    });
    const first = await civo(emulator, '/v2/disk_images?region=FRA1');
    expect(first.status).toBe(429);
    expect(first.json()).toMatchObject({ code: 'rate_limit_exceeded', reason: expect.any(String) });
    expect(first.headers.get('retry-after')).toBe('1');
    expect((await civo(emulator, '/v2/disk_images?region=FRA1')).headers.get('retry-after')).toBe('30');
  });

  it('Civo other 4xx is {code, reason} JSON', async () => {
    emulator.addFault({
      target: { provider: 'civo', route: 'GET /v2/regions' },
      fault: { kind: 'status', status: 403 },
    });
    const answer = await civo(emulator, '/v2/regions');
    expect(answer.status).toBe(403);
    expect(Object.keys(answer.json<object>()).sort()).toEqual(['code', 'reason']);
  });

  it('Gcore answers JSON for any status, with Retry-After and retry-after-ms on request', async () => {
    const expected: [number, string][] = [
      [429, 'TooManyRequests'],
      [500, 'InternalServerError'],
      [503, 'ServiceUnavailable'],
    ];
    for (const [status, exceptionClass] of expected) {
      emulator.addFault({ target: gcorePartition, fault: { kind: 'status', status, retryAfter: '2.5' }, times: 1 });
      const answer = await gcore(emulator, imagesA);
      expect(answer.status).toBe(status);
      expect(answer.json<GcoreApiErrorBody>()).toMatchObject({
        exception_class: exceptionClass,
        message: expect.any(String),
        request_id: expect.any(String),
      });
      expect(answer.headers.get('retry-after')).toBe('2.5');
      expect(answer.headers.get('retry-after-ms')).toBe('2500');
    }
    emulator.addFault({ target: gcorePartition, fault: { kind: 'status', status: 429 }, times: 1 });
    const bare = await gcore(emulator, imagesA);
    expect(bare.headers.get('retry-after')).toBeNull();
    expect(bare.headers.get('retry-after-ms')).toBeNull();
  });
});

describe('fault targets', () => {
  it('a Civo partition matches its region in any case, on list and detail routes only', async () => {
    emulator.addFault({ target: { provider: 'civo', region: 'lon1' }, fault: { kind: 'status', status: 500 } });
    const image = civoImagesByRegion('LON1')[0]!;
    expect((await civo(emulator, '/v2/disk_images?region=LON1')).status).toBe(500);
    expect((await civo(emulator, `/v2/disk_images/${image.id}?region=Lon1`)).status).toBe(500);
    expect((await civo(emulator, '/v2/disk_images?region=FRA1')).status).toBe(200);
    expect((await civo(emulator, '/v2/regions')).status).toBe(200);
    expect(emulator.count({ partition: { provider: 'civo', region: 'LON1' } })).toBe(2);
  });

  it('a Gcore partition matches its project × region only, on every image route', async () => {
    emulator.addFault({ target: gcorePartition, fault: { kind: 'status', status: 503 } });
    expect((await gcore(emulator, imagesA)).status).toBe(503);
    expect((await gcore(emulator, `/cloud/v1/bmimages/${project.id}/${regionA!.id}`)).status).toBe(503);
    expect((await gcore(emulator, `${imagesA}/${gcoreImages(project.id, regionA!.id)[0]!.id}`)).status).toBe(503);
    expect((await gcore(emulator, imagesB)).status).toBe(200);
    const other = gcoreProjects.find((candidate) => candidate.id !== project.id)!;
    expect((await gcore(emulator, `/cloud/v1/images/${other.id}/${regionA!.id}`)).status).toBe(200);
    expect((await gcore(emulator, '/cloud/v1/regions')).status).toBe(200);
  });

  it('a route target matches that route template only', async () => {
    emulator.addFault({
      target: { provider: 'gcore', route: 'GET /cloud/v1/projects' },
      fault: { kind: 'status', status: 500 },
    });
    expect((await gcore(emulator, '/cloud/v1/projects')).status).toBe(500);
    expect((await gcore(emulator, '/cloud/v1/regions')).status).toBe(200);
    expect((await civo(emulator, '/v2/regions')).status).toBe(200);
  });

  it('faults come before the key check: a broken gateway answers everyone alike', async () => {
    emulator.addFault({
      target: { provider: 'civo', route: 'GET /v2/regions' },
      fault: { kind: 'status', status: 503 },
    });
    expect((await civo(emulator, '/v2/regions', 'wrong-key')).status).toBe(503);
  });

  it('times: fails that many matching requests, then recovers', async () => {
    emulator.addFault({ target: gcorePartition, fault: { kind: 'status', status: 500 }, times: 2 });
    expect(emulator.activeFaults()).toEqual([
      { target: gcorePartition, fault: { kind: 'status', status: 500 }, times: 2 },
    ]);
    expect((await gcore(emulator, imagesB)).status).toBe(200); // not matching: no use consumed
    const statuses = [];
    for (let attempt = 0; attempt < 4; attempt++) statuses.push((await gcore(emulator, imagesA)).status);
    expect(statuses).toEqual([500, 500, 200, 200]);
    expect(emulator.activeFaults()).toEqual([]);
    expect(emulator.requests.map((request) => request.status)).toEqual([200, 500, 500, 200, 200]);
  });

  it('refuses a malformed rule', () => {
    const bad = [
      { target: { provider: 'aws', region: 'x' }, fault: { kind: 'hang' } },
      { target: { provider: 'civo' }, fault: { kind: 'hang' } },
      { target: { provider: 'gcore', projectId: '1', regionId: 2 }, fault: { kind: 'hang' } },
      { target: { provider: 'civo', region: 'LON1' }, fault: { kind: 'status', status: 200 } },
      { target: { provider: 'civo', region: 'LON1' }, fault: { kind: 'explode' } },
      { target: { provider: 'civo', region: 'LON1' }, fault: { kind: 'hang' }, times: 0 },
    ];
    for (const rule of bad)
      expect(() => emulator.addFault(rule as unknown as FaultRule), JSON.stringify(rule)).toThrow(TypeError);
    expect(emulator.activeFaults()).toEqual([]);
  });
});

describe('malformed and hang', () => {
  it('malformed: 200 application/json with a body cut mid-document', async () => {
    emulator.addFault({ target: { provider: 'civo', region: 'LON1' }, fault: { kind: 'malformed' }, times: 1 });
    emulator.addFault({ target: gcorePartition, fault: { kind: 'malformed' }, times: 1 });
    for (const answer of [await civo(emulator, '/v2/disk_images?region=LON1'), await gcore(emulator, imagesA)]) {
      expect(answer.status).toBe(200);
      expect(answer.headers.get('content-type')).toContain('application/json');
      expect(answer.text.length).toBeGreaterThan(0);
      expect(() => answer.json()).toThrow(SyntaxError);
    }
    expect(emulator.requests.map((request) => request.status)).toEqual([200, 200]);
    // Recovered: the next answers parse.
    expect((await gcore(emulator, imagesA)).json<GcoreApiList<unknown>>().count).toBe(
      gcoreImages(project.id, regionA!.id).length,
    );
  });

  it("wrongShape: 200 valid JSON in the route's own wrapper, whose objects carry only an id", async () => {
    emulator.addFault({ target: { provider: 'civo', region: 'LON1' }, fault: { kind: 'wrongShape' }, times: 1 });
    emulator.addFault({ target: gcorePartition, fault: { kind: 'wrongShape' }, times: 2 });
    expect((await civo(emulator, '/v2/disk_images?region=LON1')).json()).toEqual([{ id: 'wrong-shape-1' }]);
    expect((await gcore(emulator, imagesA)).json()).toEqual({ count: 1, results: [{ id: 'wrong-shape-1' }] });
    const someImage = gcoreImages(project.id, regionA!.id)[0]!;
    const detail = await gcore(emulator, `/cloud/v1/images/${project.id}/${regionA!.id}/${someImage.id}`);
    expect(detail.status).toBe(200);
    expect(detail.json()).toEqual({ id: 'wrong-shape-1' });
    // Recovered.
    expect((await civo(emulator, '/v2/disk_images?region=LON1')).json<unknown[]>().length).toBeGreaterThan(1);
  });

  it('hang: never answers; the client gives up; recorded with status 0', async () => {
    emulator.addFault({ target: { provider: 'civo', region: 'NYC1' }, fault: { kind: 'hang' } });
    const started = Date.now();
    const request = fetch(`${emulator.url}/v2/disk_images?region=NYC1`, {
      headers: { authorization: `bearer ${DEMO_CIVO_API_KEY}` },
      signal: AbortSignal.timeout(300),
    });
    await expect(request).rejects.toThrow();
    expect(Date.now() - started).toBeGreaterThanOrEqual(250);
    expect(emulator.requests).toHaveLength(1);
    expect(emulator.requests[0]).toMatchObject({
      route: 'GET /v2/disk_images',
      partition: { provider: 'civo', region: 'NYC1' },
      status: 0,
    });
    // The emulator is still serving everyone else.
    expect((await civo(emulator, '/v2/disk_images?region=FRA1')).status).toBe(200);
  });

  it('close() resolves promptly with hung requests open, and the clients see the connection end', async () => {
    const own = await startEmulator();
    own.addFault({ target: { provider: 'gcore', route: 'GET /cloud/v1/regions' }, fault: { kind: 'hang' } });
    const hung = [1, 2, 3].map(() =>
      fetch(`${own.url}/cloud/v1/regions`, { headers: { authorization: `APIKey ${DEMO_GCORE_API_KEY}` } }).then(
        () => 'answered',
        () => 'failed',
      ),
    );
    while (own.count() < 3) await new Promise((resolve) => setTimeout(resolve, 10));
    const started = Date.now();
    await own.close();
    expect(Date.now() - started).toBeLessThan(1000);
    expect(await Promise.all(hung)).toEqual(['failed', 'failed', 'failed']);
    await own.close(); // twice is fine
  });
});

describe('admin routes', () => {
  it('add and clear faults over HTTP', async () => {
    const rule = { target: { provider: 'civo', region: 'PHX1' }, fault: { kind: 'status', status: 503 }, times: 3 };
    const added = await admin(emulator, 'POST', '/_emulator/faults', rule);
    expect(added.status).toBe(201);
    expect((await admin(emulator, 'GET', '/_emulator/faults')).json()).toEqual({ faults: [rule] });
    expect((await civo(emulator, '/v2/disk_images?region=PHX1')).status).toBe(503);
    expect(emulator.activeFaults()[0]!.times).toBe(2);
    expect((await admin(emulator, 'DELETE', '/_emulator/faults')).json()).toEqual({ cleared: 1 });
    expect((await civo(emulator, '/v2/disk_images?region=PHX1')).status).toBe(200);
  });

  it('refuse a bad fault body with 400', async () => {
    expect((await admin(emulator, 'POST', '/_emulator/faults', '{"target":')).status).toBe(400);
    const invalid = await admin(emulator, 'POST', '/_emulator/faults', {
      target: { provider: 'civo', region: 'LON1' },
      fault: { kind: 'status', status: 99 },
    });
    expect(invalid.status).toBe(400);
    expect(invalid.json<{ error: string }>().error).toContain('fault.status');
    expect(emulator.activeFaults()).toEqual([]);
  });

  it('read and clear the request log, and are not logged themselves', async () => {
    await civo(emulator, '/v2/disk_images?region=lon1&type=custom');
    await gcore(emulator, '/cloud/v1/projects?limit=5');
    const log = (await admin(emulator, 'GET', '/_emulator/requests')).json<{
      count: number;
      requests: Record<string, unknown>[];
    }>();
    expect(log.count).toBe(2);
    expect(log.requests[0]).toMatchObject({
      provider: 'civo',
      method: 'GET',
      route: 'GET /v2/disk_images',
      path: '/v2/disk_images',
      query: 'region=lon1&type=custom',
      partition: { provider: 'civo', region: 'LON1' },
      status: 200,
    });
    expect(log.requests[1]).toMatchObject({
      provider: 'gcore',
      route: 'GET /cloud/v1/projects',
      query: 'limit=5',
      status: 200,
    });
    expect((await admin(emulator, 'DELETE', '/_emulator/requests')).json()).toEqual({ cleared: 2 });
    expect(emulator.count()).toBe(0);
    expect(emulator.requests).toHaveLength(0);
  });

  it('set the latency', async () => {
    expect((await admin(emulator, 'PUT', '/_emulator/latency', { ms: 150 })).json()).toEqual({ ms: 150 });
    try {
      const started = Date.now();
      await civo(emulator, '/v2/regions');
      expect(Date.now() - started).toBeGreaterThanOrEqual(140);
      const adminStarted = Date.now();
      await admin(emulator, 'GET', '/_emulator/latency');
      expect(Date.now() - adminStarted).toBeLessThan(140);
    } finally {
      emulator.setLatency(0);
    }
    expect((await admin(emulator, 'PUT', '/_emulator/latency', { ms: -1 })).status).toBe(400);
    expect((await admin(emulator, 'GET', '/_emulator/latency')).json()).toEqual({ ms: 0 });
  });

  it('answer 404 for an unknown control and 405 for a wrong method', async () => {
    expect((await admin(emulator, 'GET', '/_emulator/nothing')).status).toBe(404);
    expect((await admin(emulator, 'PATCH', '/_emulator/faults')).status).toBe(405);
  });
});

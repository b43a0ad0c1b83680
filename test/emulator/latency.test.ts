import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { civoRegions } from '../../src/providers/civo/emulator/catalog.js';
import { gcoreProjects, gcoreRegions } from '../../src/providers/gcore/emulator/catalog.js';
import { startEmulator, type Emulator } from '../../src/emulator/server.js';
import { admin, civo, gcore } from './http.js';

const LATENCY = 250;

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator({ latencyMs: LATENCY });
});
afterAll(() => emulator.close());
beforeEach(() => emulator.resetRequests());

describe('latency', () => {
  it('delays every API answer', async () => {
    const started = Date.now();
    expect((await civo(emulator, '/v2/regions')).status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(LATENCY - 10);
  });

  it('overlaps concurrent requests: three partitions at once take about one latency, not three', async () => {
    const project = gcoreProjects[0]!;
    const region = gcoreRegions.find((candidate) => candidate.state === 'ACTIVE')!;
    const started = Date.now();
    const answers = await Promise.all([
      civo(emulator, `/v2/disk_images?region=${civoRegions[0]!.code}`),
      civo(emulator, `/v2/disk_images?region=${civoRegions[1]!.code}`),
      gcore(emulator, `/cloud/v1/images/${project.id}/${region.id}`),
    ]);
    const elapsed = Date.now() - started;
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200]);
    expect(elapsed).toBeGreaterThanOrEqual(LATENCY - 10);
    expect(elapsed).toBeLessThan(2 * LATENCY);
    expect(emulator.maxInFlight()).toBe(3);
  });

  it('counts requests in flight from arrival to answer, and resets the peak', async () => {
    await civo(emulator, '/v2/regions');
    expect(emulator.maxInFlight()).toBe(1);
    emulator.resetRequests();
    expect(emulator.maxInFlight()).toBe(0);
  });

  it('leaves the admin routes undelayed and can be changed at run time', async () => {
    const started = Date.now();
    await admin(emulator, 'GET', '/_emulator/requests');
    expect(Date.now() - started).toBeLessThan(LATENCY - 50);
    emulator.setLatency(0);
    try {
      const quick = Date.now();
      await civo(emulator, '/v2/regions');
      expect(Date.now() - quick).toBeLessThan(LATENCY - 50);
    } finally {
      emulator.setLatency(LATENCY);
    }
    expect(() => emulator.setLatency(-5)).toThrow(RangeError);
  });

  it('drops a request whose client gave up during the delay, without answering it', async () => {
    await expect(fetch(`${emulator.url}/v2/regions`, { signal: AbortSignal.timeout(50) })).rejects.toThrow();
    await new Promise((resolve) => setTimeout(resolve, LATENCY + 50));
    expect(emulator.requests).toHaveLength(1);
    expect(emulator.requests[0]!.status).toBe(0);
  });
});

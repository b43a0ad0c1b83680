import { createServer as createNetServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_CIVO_API_KEY, DEMO_GCORE_API_KEY } from '../../src/emulator/server.js';
import { gcoreProjects, gcoreRegions } from '../../src/providers/gcore/emulator/catalog.js';
import {
  query,
  SPAWN_TIMEOUT_MS,
  startMain,
  stopChildren,
  URL_LINE,
  type Started,
} from '../support/service-process.js';

/**
 * The compiled entry point (`dist/main.js`) as a child process, as `npm start` runs it: what
 * it logs, whether its logged URL answers, and how it refuses bad settings.
 */

afterEach(stopChildren);

interface Coverages {
  civo: { coverage: { requested: number; answered: number } };
  gcore: { coverage: { requested: number; answered: number } };
}
const COVERAGES = `{
  civo: images(filter: { providers: [CIVO] }) { coverage { requested answered } }
  gcore: images(filter: { providers: [GCORE] }) { coverage { requested answered } }
}`;

function expectNoDemoKeys(started: Started): void {
  for (const output of [started.stdout(), started.stderr()]) {
    expect(output).not.toContain(DEMO_CIVO_API_KEY);
    expect(output).not.toContain(DEMO_GCORE_API_KEY);
  }
}

describe('the service process (dist/main.js)', () => {
  it('serves the emulator catalog in demo mode on the URL it logs, and never prints the demo keys', async () => {
    const started = startMain();
    const [, url] = await started.waitForLog(URL_LINE);
    expect(started.messages()).toMatch(/^Demo mode: no CIVO_API_KEY or GCORE_API_KEY set/m);
    expect(started.messages()).not.toMatch(/Ignoring/);
    // Structured lines: an ISO time and a level name on each.
    for (const line of started.logLines()) {
      expect(new Date(line.time).toISOString()).toBe(line.time);
      expect(line.level).toBe('info');
    }

    // Start-up reads the providers' regions and projects once; /ready says so from then on.
    await started.waitForLog(/^Provider discovery done: \d+ partitions to search; ready\.$/m);
    const ready = await fetch(new URL('/ready', url), { signal: AbortSignal.timeout(SPAWN_TIMEOUT_MS) });
    expect(ready.status).toBe(200);

    const { civoRegions } = await query<{ civoRegions: { code: string }[] }>(url!, '{ civoRegions { code } }');
    expect(civoRegions.length).toBeGreaterThan(1);
    expect(civoRegions.map((region) => region.code)).toContain('LON1');

    // Unnarrowed, every Civo region and every Gcore project × active region is searched.
    const { civo, gcore } = await query<Coverages>(url!, COVERAGES);
    expect(civo.coverage).toEqual({ requested: civoRegions.length, answered: civoRegions.length });
    expect(gcore.coverage.requested).toBeGreaterThan(1);
    expect(gcore.coverage.answered).toBe(gcore.coverage.requested);

    expect(started.stderr()).toBe('');
    expectNoDemoKeys(started);
  }, 45_000);

  it('narrows the demo catalog with CIVO_REGIONS / GCORE_PROJECT_IDS / GCORE_REGION_IDS and ignores *_API_URL', async () => {
    const started = startMain({
      CIVO_REGIONS: 'lon1',
      // The emulator's non-default project and one of its active regions.
      GCORE_PROJECT_IDS: String(gcoreProjects.find((project) => !project.is_default)!.id),
      GCORE_REGION_IDS: String(gcoreRegions.find((region) => region.state === 'ACTIVE')!.id),
      // Nothing listens there: were they used, every partition would fail.
      CIVO_API_URL: 'http://127.0.0.1:9',
      GCORE_API_URL: 'http://127.0.0.1:9',
    });
    const [, url] = await started.waitForLog(URL_LINE);
    const ignoring = started
      .messages()
      .split('\n')
      .filter((line) => line.startsWith('Ignoring'));
    expect(ignoring).toEqual([
      expect.stringMatching(
        /^Ignoring CIVO_API_URL and GCORE_API_URL in demo mode: no CIVO_API_KEY or GCORE_API_KEY is set/,
      ),
    ]);

    const { civo, gcore } = await query<Coverages>(url!, COVERAGES);
    expect(civo.coverage).toEqual({ requested: 1, answered: 1 });
    expect(gcore.coverage).toEqual({ requested: 1, answered: 1 });

    const { images } = await query<{ images: { edges: { node: { region: { code: string } } }[] } }>(
      url!,
      '{ images(filter: { providers: [CIVO] }, first: 100) { edges { node { region { code } } } } }',
    );
    expect(images.edges.length).toBeGreaterThan(0);
    expect(new Set(images.edges.map((edge) => edge.node.region.code))).toEqual(new Set(['LON1']));

    expect(started.stderr()).toBe('');
    expectNoDemoKeys(started);
  }, 45_000);

  it.each([
    ['GCORE_PROJECT_IDS', { GCORE_PROJECT_IDS: '12x' }],
    ['CIVO_REGIONS', { CIVO_REGIONS: 'lon/1' }],
    ['GCORE_API_URL', { GCORE_API_URL: 'not a url' }],
    ['EMULATOR_LATENCY_MS', { EMULATOR_LATENCY_MS: 'fast' }],
    ['PERSISTED_OPERATIONS_MANIFEST', { PERSISTED_OPERATIONS: 'only', PERSISTED_OPERATIONS_MANIFEST: 'no/such.json' }],
  ])(
    'exits with 1 and one stderr line naming a bad %s in demo mode',
    async (variable, env) => {
      const started = startMain(env);
      expect(await started.exited()).toBe(1);
      const lines = started
        .stderr()
        .split('\n')
        .filter((line) => line !== '');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(new RegExp(`^Configuration error: ${variable}: `));
      expect(started.stderr()).not.toMatch(/^\s+at /m);
      expect(started.stdout()).toBe('');
      expectNoDemoKeys(started);
    },
    30_000,
  );

  it('exits with 1 and logs one error line naming PORT when the port is taken', async () => {
    const squatter = createNetServer();
    await new Promise<void>((resolve) => squatter.listen(0, resolve));
    try {
      const port = (squatter.address() as AddressInfo).port;
      const started = startMain({ PORT: String(port) });
      expect(await started.exited()).toBe(1);
      const errors = started.logLines().filter((line) => line.level === 'error');
      expect(errors).toEqual([
        expect.objectContaining({ msg: expect.stringMatching(new RegExp(`^Cannot listen on PORT ${port}: `)) }),
      ]);
      expect(started.stderr()).toBe('');
      expectNoDemoKeys(started);
    } finally {
      await new Promise((resolve) => squatter.close(resolve));
    }
  }, 30_000);

  it('answers with a Redis it cannot reach, and still exits promptly on SIGTERM', async () => {
    // A port nothing listens on: taken, then released.
    const probe = createNetServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const deadPort = (probe.address() as AddressInfo).port;
    await new Promise((resolve) => probe.close(resolve));

    const started = startMain({ REDIS_URL: `redis://:hunter2-secret@127.0.0.1:${deadPort}`, REDIS_TIMEOUT_MS: '100' });
    const [, url] = await started.waitForLog(URL_LINE);
    const { civoRegions } = await query<{ civoRegions: { code: string }[] }>(url!, '{ civoRegions { code } }');
    expect(civoRegions.length).toBeGreaterThan(0);
    started.child.kill('SIGTERM');
    expect(await started.exited()).toBe(0);
    expect(started.stdout() + started.stderr()).not.toContain('hunter2-secret');
  }, 30_000);

  it('warms the catalog at start with CATALOG_WARM_UP=true, and says how much it cached', async () => {
    const started = startMain({ CATALOG_WARM_UP: 'true' });
    const [, listed] = await started.waitForLog(/Catalog warmed up: (\d+) partition listings cached in \d+ ms\.\n/);
    // Every VM partition, plus the bare-metal listings of regions that have bare metal.
    const vm = new Set(gcoreRegions.filter((region) => region.state === 'ACTIVE').map((region) => region.id)).size;
    expect(Number(listed)).toBeGreaterThanOrEqual(vm * gcoreProjects.length);
    expect(started.stderr()).toBe('');
  }, 30_000);

  it('with PERSISTED_OPERATIONS=only, says GraphiQL is off and runs the manifest by hash only', async () => {
    const manifest = 'test/gql-trusted/persisted-documents.json';
    const started = startMain({ PERSISTED_OPERATIONS: 'only', PERSISTED_OPERATIONS_MANIFEST: manifest });
    const [, url] = await started.waitForLog(
      /GraphQL API at (http:\/\/\S+\/graphql) \(trusted documents only: GraphiQL is off\)\n/,
    );
    const documents = JSON.parse(readFileSync(new URL(`../../${manifest}`, import.meta.url), 'utf8')) as Record<
      string,
      string
    >;
    const hash = Object.keys(documents).find((key) => documents[key]!.includes('query TrustedCards '))!;
    const post = (body: unknown) =>
      fetch(url!, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const trusted = (await (
      await post({ extensions: { persistedQuery: { version: 1, sha256Hash: hash } } })
    ).json()) as {
      data: { civoDiskImages: unknown[] };
    };
    expect(trusted.data.civoDiskImages.length).toBeGreaterThan(0);
    const raw = await post({ query: documents[hash] });
    expect(raw.status).toBe(400);
  }, 30_000);
});

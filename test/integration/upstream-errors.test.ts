import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_CIVO_API_KEY, DEMO_GCORE_API_KEY } from '../../src/emulator/server.js';
import { gcoreProjects, gcoreRegions } from '../../src/providers/gcore/emulator/catalog.js';
import { graphql } from '../gql/index.js';
import { startStack, type Stack } from '../support/stack.js';

const Civo = graphql(`
  query CivoOnly($region: String) { civoDiskImages(region: $region) { imageId } }
`);
const Gcore = graphql(`
  query GcoreOnly($regionId: Int!) { gcoreImages(regionId: $regionId) { imageId } }
`);
const Both = graphql(`
  query BothClouds($region: String, $regionId: Int!) {
    civoDiskImages(region: $region) { imageId }
    gcoreImages(regionId: $regionId) { imageId }
  }
`);

const project = gcoreProjects.find((candidate) => candidate.is_default)!;
const region = gcoreRegions.find((candidate) => candidate.state === 'ACTIVE')!;
const gcorePartition = { provider: 'gcore' as const, projectId: project.id, regionId: region.id };
const civoPartition = { provider: 'civo' as const, region: 'LON1' };

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack.close());
afterEach(() => {
  stack.emulator.clearFaults();
  stack.emulator.resetRequests();
});

describe('upstream faults become coded errors, per partition', () => {
  it('a 5xx (nginx HTML) is retried, then UPSTREAM_UNAVAILABLE; the other provider still answers', async () => {
    stack.emulator.addFault({ target: civoPartition, fault: { kind: 'status', status: 502 } });
    const { data, errors } = await stack.query(Both, { region: 'LON1', regionId: region.id });
    expect(errors).toHaveLength(1);
    expect(errors![0]!.path).toEqual(['civoDiskImages']);
    expect(errors![0]!.extensions).toMatchObject({ code: 'UPSTREAM_UNAVAILABLE', provider: 'CIVO', region: 'LON1', upstreamStatus: 502, retryable: true });
    expect(data!.gcoreImages!.length).toBeGreaterThan(0);
    expect(stack.emulator.count({ route: 'GET /v2/disk_images' })).toBe(3); // first try + 2 retries
  });

  it('a brief 503 is retried and recovers', async () => {
    stack.emulator.addFault({ target: gcorePartition, fault: { kind: 'status', status: 503 }, times: 1 });
    const { data, errors } = await stack.query(Gcore, { regionId: region.id });
    expect(errors).toBeUndefined();
    expect(data!.gcoreImages!.length).toBeGreaterThan(0);
  });

  it('a 429 asking for longer than we wait answers UPSTREAM_RATE_LIMITED at once, with the wait', async () => {
    stack.emulator.addFault({ target: gcorePartition, fault: { kind: 'status', status: 429, retryAfter: '30' } });
    const { errors } = await stack.query(Gcore, { regionId: region.id });
    expect(errors![0]!.extensions).toMatchObject({ code: 'UPSTREAM_RATE_LIMITED', provider: 'GCORE', projectId: project.id, regionId: region.id, retryAfterSeconds: 30, retryable: true });
    expect(stack.emulator.count({ route: 'GET /cloud/v1/images/:project/:region' })).toBe(1);
  });

  it('a 429 with a short Retry-After is waited for and retried', async () => {
    stack.emulator.addFault({ target: civoPartition, fault: { kind: 'status', status: 429, retryAfter: '0.05' }, times: 1 });
    const { errors } = await stack.query(Civo, { region: 'LON1' });
    expect(errors).toBeUndefined();
    expect(stack.emulator.count({ route: 'GET /v2/disk_images' })).toBe(2);
  });

  it('a malformed body is UPSTREAM_UNAVAILABLE', async () => {
    stack.emulator.addFault({ target: gcorePartition, fault: { kind: 'malformed' } });
    const { errors } = await stack.query(Gcore, { regionId: region.id });
    expect(errors![0]!.extensions).toMatchObject({ code: 'UPSTREAM_UNAVAILABLE', provider: 'GCORE' });
  });

  it('a hung upstream answers UPSTREAM_UNAVAILABLE within the timeout', async () => {
    stack.emulator.addFault({ target: civoPartition, fault: { kind: 'hang' } });
    const started = Date.now();
    const { errors } = await stack.query(Civo, { region: 'LON1' });
    expect(errors![0]!.extensions).toMatchObject({ code: 'UPSTREAM_UNAVAILABLE', provider: 'CIVO', region: 'LON1' });
    // The stack's UPSTREAM_TIMEOUT_MS is 1500: a hang must not outlive it by much.
    expect(Date.now() - started).toBeLessThan(4000);
  });
});

describe('auth failures', () => {
  it('maps a wrong Civo key (404 database_account_not_found) and a wrong Gcore token (401) to UPSTREAM_UNAUTHORIZED', async () => {
    const wrong = await startStack({ env: { CIVO_API_KEY: 'wrong-civo-key-123', GCORE_API_KEY: '1_wrongtoken' } });
    try {
      const { errors } = await wrong.query(Both, { region: 'LON1', regionId: region.id });
      const byPath = Object.fromEntries(errors!.map((error) => [error.path![0], error.extensions]));
      expect(byPath.civoDiskImages).toMatchObject({ code: 'UPSTREAM_UNAUTHORIZED', provider: 'CIVO', upstreamStatus: 404, upstreamCode: 'database_account_not_found' });
      expect(byPath.gcoreImages).toMatchObject({ code: 'UPSTREAM_UNAUTHORIZED', provider: 'GCORE', upstreamStatus: 401 });
      const text = JSON.stringify(errors);
      expect(text).not.toContain('wrong-civo-key-123');
      expect(text).not.toContain('1_wrongtoken');
    } finally {
      await wrong.close();
    }
  });

  it('never puts an API key in a response', async () => {
    stack.emulator.addFault({ target: civoPartition, fault: { kind: 'status', status: 500 } });
    const response = await stack.post({ query: '{ civoDiskImages(region: "LON1") { imageId } gcoreImages(regionId: 999999) { imageId } }' });
    const text = await response.text();
    expect(text).toContain('UPSTREAM_');
    expect(text).not.toContain(DEMO_CIVO_API_KEY);
    expect(text).not.toContain(DEMO_GCORE_API_KEY);
  });
});

describe('a provider without a key', () => {
  it('answers PROVIDER_NOT_CONFIGURED for its fields and serves the other', async () => {
    const civoOnly = await startStack({ env: { GCORE_API_KEY: undefined } });
    try {
      const { data, errors } = await civoOnly.query(Both, { region: 'LON1', regionId: region.id });
      expect(errors).toHaveLength(1);
      expect(errors![0]!.extensions).toMatchObject({ code: 'PROVIDER_NOT_CONFIGURED', provider: 'GCORE' });
      expect(data!.civoDiskImages!.length).toBeGreaterThan(0);
      expect(civoOnly.emulator.count({ provider: 'gcore' })).toBe(0);
    } finally {
      await civoOnly.close();
    }
  });
});

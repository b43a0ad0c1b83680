// Registers the test-only cloud before anything builds the schema.
import '../support/test-cloud/register.js';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { catalogRows, partitionCount } from '../support/catalog-expectations.js';
import { startStack, type Stack } from '../support/stack.js';
import { startTestCloudUpstream, type TestCloudUpstream } from '../support/test-cloud/upstream.js';

/**
 * A third cloud is one plug-in (test/support/test-cloud: its client, reader, catalog side and
 * GraphQL types) and one registration: search, facets, coverage and node() serve it unchanged.
 */

let upstream: TestCloudUpstream;
let stack: Stack;

beforeAll(async () => {
  upstream = await startTestCloudUpstream();
  stack = await startStack({ env: { TEST_CLOUD_URL: upstream.url } });
});
afterAll(async () => {
  await stack.close();
  await upstream.close();
});
beforeEach(() => {
  upstream.failing.clear();
  upstream.requests.length = 0;
});

interface Answer<T> {
  data?: T;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

const ask = async <T>(query: string, variables: Record<string, unknown> = {}) =>
  (await (await stack.post({ query, variables })).json()) as Answer<T>;

interface Search {
  images: {
    totalCount: number;
    edges: { node: { id: string; provider: string; imageId: string; region: { code: string; name: string } } }[];
    facets: { providers: { value: string; count: number }[]; providerRegions: { provider: string; code: string }[] };
    coverage: { requested: number; answered: number; failed: { provider: string; region: string; code: string }[] };
  };
}

const SEARCH = `query($filter: ImageFilter) { images(filter: $filter) {
  totalCount
  edges { node { id provider imageId region { code name } } }
  facets { providers { value count } providerRegions { provider code } }
  coverage { requested answered failed { provider region code } } } }`;

const testCloudImages = () => Object.values(upstream.images).flat();

describe('a third provider, registered as a plug-in', () => {
  it('is searched beside Civo and Gcore: its images, facets and coverage', async () => {
    const { data, errors } = await ask<Search>(SEARCH);
    expect(errors).toBeUndefined();
    const others = catalogRows().filter((row) => row.available).length;
    expect(data!.images.totalCount).toBe(others + testCloudImages().length);
    const own = data!.images.edges.filter(({ node }) => node.provider === 'TESTCLOUD');
    expect(own.map(({ node }) => node.imageId).sort()).toEqual(
      testCloudImages()
        .map((image) => image.id)
        .sort(),
    );
    expect(own.find(({ node }) => node.imageId === 'n-1')!.node.region).toEqual({ code: 'north', name: 'North Pole' });
    expect(data!.images.facets.providers).toContainEqual({ value: 'TESTCLOUD', count: testCloudImages().length });
    expect(data!.images.facets.providerRegions).toContainEqual({ provider: 'TESTCLOUD', code: 'south' });
    expect(data!.images.coverage).toMatchObject({ requested: partitionCount + 2, answered: partitionCount + 2 });
  });

  it('fails one of its partitions alone, typed, and is narrowed by provider and region like the others', async () => {
    upstream.failing.add('south');
    const { data, errors } = await ask<Search>(SEARCH, {
      filter: {
        providers: ['TESTCLOUD', 'CIVO'],
        providerRegions: [
          { provider: 'TESTCLOUD', code: 'south' },
          { provider: 'TESTCLOUD', code: 'north' },
          { provider: 'CIVO', code: 'lon1' },
        ],
      },
    });
    expect(data!.images.coverage.failed).toEqual([
      { provider: 'TESTCLOUD', region: 'south', code: 'UPSTREAM_UNAVAILABLE' },
    ]);
    expect(errors![0]!.extensions).toMatchObject({
      code: 'UPSTREAM_UNAVAILABLE',
      provider: 'TESTCLOUD',
      region: 'south',
    });
    const regions = new Set(data!.images.edges.map(({ node }) => `${node.provider}:${node.region.code}`));
    expect(regions).toEqual(new Set(['TESTCLOUD:north', 'CIVO:LON1']));
    expect(upstream.requests.filter((request) => request.startsWith('/images'))).toHaveLength(2);
  });

  it('makes a plain region code two clouds could spell ambiguous: refused, with the typed form to use', async () => {
    const ambiguous = await ask<Search>(SEARCH, { filter: { regions: ['north'] } });
    expect(ambiguous.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'filter.regions' });
    expect(ambiguous.errors![0]!.message).toContain('CIVO or TESTCLOUD');
    expect(upstream.requests).toEqual([]);
    // A code none of them could spell names every provider's syntax, the test cloud's included.
    const none = await ask<Search>(SEARCH, { filter: { regions: ['!!'] } });
    expect(none.errors![0]!.message).toContain('Test cloud north');
    // A code only one of them could spell still works as before.
    const civoOnly = await ask<Search>(SEARCH, { filter: { regions: ['lon1'] } });
    expect(civoOnly.errors).toBeUndefined();
    expect(new Set(civoOnly.data!.images.edges.map(({ node }) => node.provider))).toEqual(new Set(['CIVO']));
  });

  it('has its lookups by id held to MAX_PARTITIONS_PER_QUERY like every provider’s, by the contract', async () => {
    const { data } = await ask<Search>(SEARCH, { filter: { providers: ['TESTCLOUD'] } });
    const idIn = (region: string) => data!.images.edges.find(({ node }) => node.region.code === region)!.node.id;
    const capped = await startStack({ env: { TEST_CLOUD_URL: upstream.url, MAX_PARTITIONS_PER_QUERY: '1' } });
    try {
      upstream.requests.length = 0;
      const answer = (await (
        await capped.post({
          query: 'query($ids: [ID!]!) { nodes(ids: $ids) { id } }',
          variables: { ids: [idIn('north'), idIn('south')] },
        })
      ).json()) as Answer<{ nodes: ({ id: string } | null)[] }>;
      expect(answer.data!.nodes).toEqual([{ id: idIn('north') }, null]);
      expect(answer.errors).toHaveLength(1);
      expect(answer.errors![0]).toMatchObject({
        path: ['nodes', 1],
        extensions: { code: 'TOO_MANY_PARTITIONS', region: 'south' },
      });
      expect(upstream.requests.filter((request) => request.startsWith('/images'))).toEqual(['/images?region=north']);
    } finally {
      await capped.close();
    }
  });

  it('is fetched back by node(id), as its own type, and competes in latestImage', async () => {
    const { data } = await ask<Search>(SEARCH, { filter: { providers: ['TESTCLOUD'] } });
    const { id } = data!.images.edges[0]!.node;
    const node = await ask<{ node: { __typename: string; id: string; distro: string } }>(
      'query($id: ID!) { node(id: $id) { __typename id ... on TestCloudImage { distro } } }',
      { id },
    );
    expect(node.errors).toBeUndefined();
    expect(node.data!.node).toMatchObject({ __typename: 'TestCloudImage', id });

    const latest = await ask<{ latestImage: { candidateCount: number; image: { provider: string } } }>(
      '{ latestImage(filter: { providers: [TESTCLOUD], distributions: ["ubuntu"] }) { candidateCount image { provider } } }',
    );
    expect(latest.errors).toBeUndefined();
    expect(latest.data!.latestImage).toEqual({ candidateCount: 2, image: { provider: 'TESTCLOUD' } });
  });

  it('reads its own setting: without TEST_CLOUD_URL it is not configured, and says which variable to set', async () => {
    const unset = await startStack();
    try {
      const answer = (await (
        await unset.post({ query: '{ images(filter: { providers: [TESTCLOUD] }) { totalCount } }' })
      ).json()) as Answer<unknown>;
      expect(answer.errors![0]!.extensions).toMatchObject({ code: 'PROVIDER_NOT_CONFIGURED' });
      expect(answer.errors![0]!.message).toContain('TEST_CLOUD_URL');
      expect(upstream.requests).toEqual([]);
    } finally {
      await unset.close();
    }
  });
});

import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { encodeGlobalId } from '../../src/schema/global-id.js';
import { graphql } from '../gql/index.js';
import { startStack, type Stack } from '../support/stack.js';

/**
 * Ids `node`/`nodes` must refuse as the client's mistake (BAD_USER_INPUT naming the id), on
 * their own field only: other root fields of the same request still answer.
 */
const NodesBesideRegions = graphql(`
  query NodesBesideRegions($ids: [ID!]!) {
    civoRegions {
      code
    }
    nodes(ids: $ids) {
      __typename
      id
    }
  }
`);

const NodeBesideRegions = graphql(`
  query NodeBesideRegions($id: ID!) {
    civoRegions {
      code
    }
    node(id: $id) {
      __typename
      id
    }
  }
`);

const RegionIds = graphql(`
  query RegionIds {
    civoRegions {
      id
      code
    }
  }
`);

let stack: Stack;
let civoRegionId: string;

beforeAll(async () => {
  stack = await startStack();
  const { data } = await stack.query(RegionIds);
  civoRegionId = data!.civoRegions![0]!.id;
});
afterAll(() => stack.close());
beforeEach(() => stack.emulator.resetRequests());

/** Well-formed global ids whose typename is not an object type that implements Node. */
const unloadable = [
  ['an unknown type', encodeGlobalId('Foo', '1')],
  ['the Query root', encodeGlobalId('Query', '1')],
  ['an object that is not a Node', encodeGlobalId('PageInfo', '1')],
  ['a provider object that is not a Node', encodeGlobalId('GcoreTag', '1')],
  ['an interface implementing Node', encodeGlobalId('DiskImage', 'LON1:00000000-0000-4000-8000-000000000000')],
  ['another interface implementing Node', encodeGlobalId('Region', 'LON1')],
  ['the Node interface itself', encodeGlobalId('Node', '1')],
  ['an enum', encodeGlobalId('CloudProvider', 'CIVO')],
  ['an input type', encodeGlobalId('ImageFilter', '1')],
] as const;

describe('nodes(ids:) with an invalid id', () => {
  it('errors only the nodes field: other root fields keep their data', async () => {
    const result = await stack.query(NodesBesideRegions, { ids: [civoRegionId, 'not-an-id!'] });
    expect(result.data).not.toBeNull();
    expect(result.data!.civoRegions!.length).toBeGreaterThan(0);
    expect(result.data!.nodes).toBeNull();
    expect(result.errors).toHaveLength(1);
    expect(result.errors![0]!.path).toEqual(['nodes']);
    expect(result.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    expect(result.errors![0]!.message).toContain('not-an-id!');
  });

  it.each(unloadable)(
    'refuses a well-formed id of %s as BAD_USER_INPUT naming it, without upstream calls',
    async (_what, badId) => {
      const result = await stack.query(NodesBesideRegions, { ids: [civoRegionId, badId] });
      expect(result.data!.civoRegions!.length).toBeGreaterThan(0);
      expect(result.data!.nodes).toBeNull();
      expect(result.errors).toHaveLength(1);
      expect(result.errors![0]).toMatchObject({ path: ['nodes'], extensions: { code: 'BAD_USER_INPUT' } });
      expect(result.errors![0]!.message).toContain(badId);
      expect(stack.emulator.requests.filter((request) => request.route !== 'GET /v2/regions')).toEqual([]);
    },
  );

  it('keeps null items for well-formed ids of objects that do not exist', async () => {
    const missingImage = encodeGlobalId('CivoDiskImage', 'LON1:00000000-0000-4000-8000-000000000000');
    const result = await stack.query(NodesBesideRegions, { ids: [missingImage, civoRegionId] });
    expect(result.errors).toBeUndefined();
    expect(result.data!.nodes).toEqual([null, { __typename: 'CivoRegion', id: civoRegionId }]);
  });
});

describe('node(id:) with an id of a type that cannot be fetched', () => {
  it.each(unloadable)('refuses a well-formed id of %s as BAD_USER_INPUT naming it', async (_what, badId) => {
    const result = await stack.query(NodeBesideRegions, { id: badId });
    expect(result.data!.civoRegions!.length).toBeGreaterThan(0);
    expect(result.data!.node).toBeNull();
    expect(result.errors).toHaveLength(1);
    expect(result.errors![0]).toMatchObject({ path: ['node'], extensions: { code: 'BAD_USER_INPUT' } });
    expect(result.errors![0]!.message).toContain(badId);
  });

  it('still fetches an object of a loadable type', async () => {
    const result = await stack.query(NodeBesideRegions, { id: civoRegionId });
    expect(result.errors).toBeUndefined();
    expect(result.data!.node).toEqual({ __typename: 'CivoRegion', id: civoRegionId });
  });
});

import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { civoImagesByRegion } from '../../src/providers/civo/emulator/catalog.js';
import { gcoreImages, gcoreProjects, gcoreRegions } from '../../src/providers/gcore/emulator/catalog.js';
import { graphql } from '../gql/index.js';
import { startStack, type Stack } from '../support/stack.js';

const Ids = graphql(`
  query Ids($civoRegion: String!, $gcoreRegion: Int!) {
    civoDiskImages(region: $civoRegion) {
      id
      imageId
    }
    gcoreImages(regionId: $gcoreRegion) {
      id
      imageId
    }
    civoRegions {
      id
      code
    }
    gcoreProjects {
      id
      projectId
    }
  }
`);

const Nodes = graphql(`
  query Nodes($ids: [ID!]!) {
    nodes(ids: $ids) {
      __typename
      id
      ... on DiskImage {
        imageId
        provider
      }
      ... on Region {
        code
      }
      ... on GcoreProject {
        projectId
      }
    }
  }
`);

const OneNode = graphql(`
  query OneNode($id: ID!) {
    node(id: $id) {
      id
      ... on DiskImage {
        name
      }
    }
  }
`);

let stack: Stack;
const project = gcoreProjects.find((candidate) => candidate.is_default)!;
const gcoreRegion = gcoreRegions.find((candidate) => candidate.state === 'ACTIVE')!;

beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack.close());
beforeEach(() => stack.emulator.resetRequests());

describe('node and nodes', () => {
  it('refetch images of both providers, regions and projects by global id, one list call per partition', async () => {
    const { data } = await stack.query(Ids, { civoRegion: 'LON1', gcoreRegion: gcoreRegion.id });
    const civoImages = data!.civoDiskImages!.slice(0, 3);
    const gcoreImagesPage = data!.gcoreImages!.slice(0, 3);
    const ids = [
      ...civoImages.map((image) => image.id),
      ...gcoreImagesPage.map((image) => image.id),
      data!.civoRegions![0]!.id,
      data!.gcoreProjects![0]!.id,
    ];
    expect(new Set(ids).size).toBe(ids.length);

    stack.emulator.resetRequests();
    const result = await stack.query(Nodes, { ids });
    expect(result.errors).toBeUndefined();
    const nodes = result.data!.nodes!;
    expect(nodes.map((node) => node?.id)).toEqual(ids);
    expect(nodes.slice(0, 3).map((node) => node && 'imageId' in node && node.imageId)).toEqual(
      civoImages.map((image) => image.imageId),
    );
    expect(nodes.slice(3, 6).map((node) => node?.__typename)).toEqual(['GcoreImage', 'GcoreImage', 'GcoreImage']);
    expect(nodes[6]).toMatchObject({ __typename: 'CivoRegion', code: data!.civoRegions![0]!.code });
    expect(nodes[7]).toMatchObject({ __typename: 'GcoreProject', projectId: data!.gcoreProjects![0]!.projectId });
    // Three Civo ids of one region, three Gcore ids of one partition: one listing each.
    expect(stack.emulator.count({ route: 'GET /v2/disk_images' })).toBe(1);
    expect(stack.emulator.count({ route: 'GET /cloud/v1/images/:project/:region' })).toBeGreaterThanOrEqual(1);
    expect(
      new Set(
        stack.emulator.requests
          .filter((request) => request.route === 'GET /cloud/v1/images/:project/:region')
          .map((request) => request.query.get('offset') ?? '0'),
      ).size,
    ).toBe(stack.emulator.count({ route: 'GET /cloud/v1/images/:project/:region' }));
    expect(
      stack.emulator.count({ route: 'GET /v2/disk_images/:id' }) +
        stack.emulator.count({ route: 'GET /cloud/v1/images/:project/:region/:id' }),
    ).toBe(0);
  });

  it('ids differ per region for the same image name', async () => {
    const lon = await stack.query(Ids, { civoRegion: 'LON1', gcoreRegion: gcoreRegion.id });
    const fra = await stack.query(Ids, { civoRegion: 'FRA1', gcoreRegion: gcoreRegion.id });
    const lonIds = new Set(lon.data!.civoDiskImages!.map((image) => image.id));
    expect(fra.data!.civoDiskImages!.some((image) => lonIds.has(image.id))).toBe(false);
    expect(civoImagesByRegion('LON1').length).toBe(lonIds.size);
    expect(gcoreImages(project.id, gcoreRegion.id).length).toBe(lon.data!.gcoreImages!.length);
  });

  it('answers BAD_USER_INPUT for a malformed id and null for a vanished image', async () => {
    const bad = await stack.query(OneNode, { id: 'not-an-id!' });
    expect(bad.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    const forged = Buffer.from('CivoDiskImage:LON1:00000000-0000-4000-8000-000000000000').toString('base64url');
    const missing = await stack.query(OneNode, { id: forged });
    expect(missing.errors).toBeUndefined();
    expect(missing.data!.node).toBeNull();
    const malformedLocal = Buffer.from('GcoreImage:abc').toString('base64url');
    expect((await stack.query(OneNode, { id: malformedLocal })).errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    expect(stack.emulator.count({ route: 'GET /cloud/v1/images/:project/:region' })).toBe(0);
  });
});

import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { civoImagesByRegion, civoRegions } from '../../src/providers/civo/emulator/catalog.js';
import { gcoreImages, gcoreProjects, gcoreRegions } from '../../src/providers/gcore/emulator/catalog.js';
import { schema } from '../../src/schema/index.js';
import { assertNotGlobalId, encodeGlobalId } from '../../src/schema/global-id.js';
import { graphql } from '../gql/index.js';
import { startStack, type Stack } from '../support/stack.js';

/**
 * Lookups by id that fail upstream or past MAX_PARTITIONS_PER_QUERY cost only their own item
 * (`nodes`) or field; global ids passed where a native id is expected are refused.
 */
const LookupNodes = graphql(`
  query LookupNodes($ids: [ID!]!) {
    nodes(ids: $ids) {
      __typename
      id
      ... on DiskImage {
        imageId
      }
    }
  }
`);

const LookupNodeAndNodes = graphql(`
  query LookupNodeAndNodes($id: ID!, $ids: [ID!]!) {
    node(id: $id) {
      id
    }
    nodes(ids: $ids) {
      id
    }
  }
`);

const SingleImagesPastCap = graphql(`
  query SingleImagesPastCap(
    $lon: ID!
    $fra: ID!
    $nyc: ID!
    $phxNode: ID!
    $gcoreProject: Int!
    $gcoreRegion: Int!
    $gcoreImage: ID!
  ) {
    lon: civoDiskImage(region: "LON1", id: $lon) {
      imageId
    }
    fra: civoDiskImage(region: "FRA1", id: $fra) {
      imageId
    }
    nyc: civoDiskImage(region: "NYC1", id: $nyc) {
      imageId
    }
    node(id: $phxNode) {
      id
    }
    gcoreImage(projectId: $gcoreProject, regionId: $gcoreRegion, imageId: $gcoreImage) {
      imageId
    }
    gcoreImages(projectId: $gcoreProject, regionId: $gcoreRegion) {
      imageId
    }
  }
`);

const NativeLookups = graphql(`
  query NativeLookups($civoId: ID!, $gcoreRegion: Int!, $gcoreId: ID!) {
    civoDiskImage(region: "LON1", id: $civoId) {
      imageId
    }
    gcoreImage(regionId: $gcoreRegion, imageId: $gcoreId) {
      imageId
    }
  }
`);

const project = gcoreProjects.find((candidate) => candidate.is_default)!;
const activeGcoreRegions = gcoreRegions.filter((candidate) => candidate.state === 'ACTIVE');
const gcoreRegion = activeGcoreRegions[0]!;

const civoImageId = (region: string, index = 0) => civoImagesByRegion(region)[index]!.id;
const civoGlobalId = (region: string, index = 0) =>
  encodeGlobalId('CivoDiskImage', `${region}:${civoImageId(region, index)}`);
const gcoreImageId = (regionId: number, index = 0) => gcoreImages(project.id, regionId)[index]!.id;
const gcoreGlobalId = (regionId: number, index = 0, projectId = project.id) =>
  encodeGlobalId('GcoreImage', `${projectId}:${regionId}:${gcoreImageId(regionId, index)}`);
const uuid = '00000000-0000-4000-8000-000000000000';

const listings = (target: Stack) =>
  target.emulator.count({ route: 'GET /v2/disk_images' }) +
  target.emulator.count({ route: 'GET /cloud/v1/images/:project/:region' });
const details = (target: Stack) =>
  target.emulator.count({ route: 'GET /v2/disk_images/:id' }) +
  target.emulator.count({ route: 'GET /cloud/v1/images/:project/:region/:id' });

let stack: Stack;

beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack.close());
beforeEach(() => {
  stack.emulator.clearFaults();
  stack.emulator.resetRequests();
});

describe('nodes(ids:) when a lookup fails upstream', () => {
  it('nulls only the items of a region or project that does not exist, each with its own UPSTREAM_NOT_FOUND', async () => {
    const civoRegionId = encodeGlobalId('CivoRegion', civoRegions[0]!.code.toUpperCase());
    const ids = [
      civoGlobalId('LON1'),
      encodeGlobalId('CivoDiskImage', `AMS1:${uuid}`),
      civoRegionId,
      encodeGlobalId('CivoDiskImage', `AMS2:${uuid}`),
      encodeGlobalId('GcoreImage', `999999:${gcoreRegion.id}:${uuid}`),
      gcoreGlobalId(gcoreRegion.id),
    ];
    const { data, errors } = await stack.query(LookupNodes, { ids });
    expect(data!.nodes).toEqual([
      { __typename: 'CivoDiskImage', id: ids[0], imageId: civoImageId('LON1') },
      null,
      { __typename: 'CivoRegion', id: civoRegionId },
      null,
      null,
      // A public image answers with its one canonical id, whichever project's id asked for it.
      {
        __typename: 'GcoreImage',
        id: encodeGlobalId('GcoreImage', `public:${gcoreRegion.id}:${gcoreImageId(gcoreRegion.id)}`),
        imageId: gcoreImageId(gcoreRegion.id),
      },
    ]);
    // One error per failing item, at the item's own path.
    expect(errors).toHaveLength(3);
    const at = (index: number) => errors!.find((error) => error.path?.length === 2 && error.path[1] === index)!;
    expect(at(1)).toMatchObject({
      path: ['nodes', 1],
      extensions: { code: 'UPSTREAM_NOT_FOUND', provider: 'CIVO', region: 'AMS1' },
    });
    expect(at(3)).toMatchObject({
      path: ['nodes', 3],
      extensions: { code: 'UPSTREAM_NOT_FOUND', provider: 'CIVO', region: 'AMS2' },
    });
    expect(at(4)).toMatchObject({
      path: ['nodes', 4],
      extensions: { code: 'UPSTREAM_NOT_FOUND', provider: 'GCORE', projectId: 999999 },
    });
  });

  it('nulls only the items of a partition answering 500, one error per item, still one listing per partition', async () => {
    stack.emulator.addFault({ target: { provider: 'civo', region: 'FRA1' }, fault: { kind: 'status', status: 500 } });
    const ids = [civoGlobalId('LON1'), civoGlobalId('FRA1', 0), civoGlobalId('LON1', 1), civoGlobalId('FRA1', 1)];
    const { data, errors } = await stack.query(LookupNodes, { ids });
    expect(data!.nodes!.map((node) => node?.id ?? null)).toEqual([ids[0], null, ids[2], null]);
    expect(errors!.map((error) => error.path).sort()).toEqual([
      ['nodes', 1],
      ['nodes', 3],
    ]);
    for (const error of errors!)
      expect(error.extensions).toMatchObject({
        code: 'UPSTREAM_UNAVAILABLE',
        provider: 'CIVO',
        region: 'FRA1',
        upstreamStatus: 500,
      });
    expect(
      stack.emulator.count({ route: 'GET /v2/disk_images', partition: { provider: 'civo', region: 'LON1' } }),
    ).toBe(1);
    expect(details(stack)).toBe(0);
  });

  it('node(id:) and nodes(ids:) agree: an unknown partition answers null with UPSTREAM_NOT_FOUND', async () => {
    // Two ids, so `nodes` is not answered from what `node` already loaded.
    const unknown = encodeGlobalId('CivoDiskImage', `AMS1:${uuid}`);
    const another = encodeGlobalId('CivoDiskImage', `AMS1:${uuid.replace(/0$/, '1')}`);
    const { data, errors } = await stack.query(LookupNodeAndNodes, {
      id: unknown,
      ids: [another, civoGlobalId('LON1')],
    });
    expect(data!.node).toBeNull();
    expect(data!.nodes).toEqual([null, { id: civoGlobalId('LON1') }]);
    const paths = errors!.map((error) => JSON.stringify(error.path)).sort();
    expect(paths).toEqual([JSON.stringify(['node']), JSON.stringify(['nodes', 0])]);
    for (const error of errors!)
      expect(error.extensions).toMatchObject({ code: 'UPSTREAM_NOT_FOUND', provider: 'CIVO', region: 'AMS1' });
    // One listing of AMS1 serves both fields.
    expect(
      stack.emulator.count({ route: 'GET /v2/disk_images', partition: { provider: 'civo', region: 'AMS1' } }),
    ).toBe(1);
  });

  it('still refuses a malformed local id as BAD_USER_INPUT on the whole field, before any upstream call', async () => {
    const { data, errors } = await stack.query(LookupNodes, {
      ids: [civoGlobalId('LON1'), encodeGlobalId('GcoreImage', 'abc'), gcoreGlobalId(gcoreRegion.id)],
    });
    expect(data!.nodes).toBeNull();
    expect(errors).toHaveLength(1);
    expect(errors![0]).toMatchObject({ path: ['nodes'], extensions: { code: 'BAD_USER_INPUT' } });
    // Not even after the answer: a lookup started for a valid id would land late.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(stack.emulator.count()).toBe(0);
  });
});

describe('lookups by id against MAX_PARTITIONS_PER_QUERY', () => {
  let capped: Stack;
  beforeAll(async () => {
    capped = await startStack({ env: { MAX_PARTITIONS_PER_QUERY: '3', MAX_NODE_IDS: '200' } });
  });
  afterAll(() => capped.close());
  beforeEach(() => capped.emulator.resetRequests());

  it('nodes(ids:) answers the first partitions and nulls items of any further one with TOO_MANY_PARTITIONS, without calling them', async () => {
    const civoCodes = ['LON1', 'FRA1', 'NYC1', 'PHX1', 'MUM1'];
    // One image per Civo region, then another LON1 image (a partition already searched) and a Gcore image.
    const ids = [
      ...civoCodes.map((code) => civoGlobalId(code)),
      civoGlobalId('LON1', 1),
      gcoreGlobalId(gcoreRegion.id),
    ];
    const { data, errors } = await capped.query(LookupNodes, { ids });
    expect(data!.nodes!.map((node) => node?.id ?? null)).toEqual([ids[0], ids[1], ids[2], null, null, ids[5], null]);
    expect(errors!.map((error) => error.path).sort()).toEqual([
      ['nodes', 3],
      ['nodes', 4],
      ['nodes', 6],
    ]);
    for (const error of errors!) expect(error.extensions).toMatchObject({ code: 'TOO_MANY_PARTITIONS', limit: 3 });
    expect(errors!.find((error) => error.path![1] === 3)!.extensions).toMatchObject({
      provider: 'CIVO',
      region: 'PHX1',
    });
    expect(errors!.find((error) => error.path![1] === 6)!.extensions).toMatchObject({
      provider: 'GCORE',
      projectId: project.id,
      regionId: gcoreRegion.id,
    });
    expect(
      capped.emulator.requests
        .filter((request) => request.route === 'GET /v2/disk_images')
        .map((request) => request.partition),
    ).toEqual(expect.arrayContaining(['LON1', 'FRA1', 'NYC1'].map((region) => ({ provider: 'civo', region }))));
    expect(listings(capped)).toBe(3);
    expect(details(capped)).toBe(0);
  });

  it('150 ids across 150 Gcore regions cost 3 listings, not 150', async () => {
    const ids = Array.from({ length: 150 }, (_, index) =>
      encodeGlobalId('GcoreImage', `${project.id}:${index + 1}:${uuid}`),
    );
    const { data, errors } = await capped.query(LookupNodes, { ids });
    expect(data!.nodes).toHaveLength(150);
    expect(data!.nodes!.every((node) => node === null)).toBe(true);
    const tooMany = errors!.filter((error) => error.extensions?.code === 'TOO_MANY_PARTITIONS');
    expect(tooMany.map((error) => error.path![1])).toEqual(Array.from({ length: 147 }, (_, index) => index + 3));
    expect(capped.emulator.count({ route: 'GET /cloud/v1/images/:project/:region' })).toBe(3);
    expect(capped.emulator.count()).toBeLessThanOrEqual(3);
  });

  it('charges node(id:), civoDiskImage, gcoreImage and gcoreImages too: past the cap they answer TOO_MANY_PARTITIONS without a call', async () => {
    const gcoreRegionId = activeGcoreRegions[1]!.id;
    const { data, errors } = await capped.query(SingleImagesPastCap, {
      lon: civoImageId('LON1'),
      fra: civoImageId('FRA1'),
      nyc: civoImageId('NYC1'),
      phxNode: civoGlobalId('PHX1'),
      gcoreProject: project.id,
      gcoreRegion: gcoreRegionId,
      gcoreImage: gcoreImageId(gcoreRegionId),
    });
    expect(data).toMatchObject({
      lon: { imageId: civoImageId('LON1') },
      fra: { imageId: civoImageId('FRA1') },
      nyc: { imageId: civoImageId('NYC1') },
      node: null,
      gcoreImage: null,
      gcoreImages: null,
    });
    expect(errors!.map((error) => error.path![0]).sort()).toEqual(['gcoreImage', 'gcoreImages', 'node']);
    for (const error of errors!) expect(error.extensions).toMatchObject({ code: 'TOO_MANY_PARTITIONS', limit: 3 });
    expect(
      capped.emulator.count({ route: 'GET /v2/disk_images', partition: { provider: 'civo', region: 'PHX1' } }),
    ).toBe(0);
    expect(capped.emulator.count({ route: 'GET /cloud/v1/images/:project/:region' })).toBe(0);
    expect(listings(capped)).toBe(3);
  });
});

describe('a global id where a native id is expected', () => {
  it('civoDiskImage(id:) and gcoreImage(imageId:) refuse it as BAD_USER_INPUT pointing to node(id:), without an image call', async () => {
    const { data, errors } = await stack.query(NativeLookups, {
      civoId: civoGlobalId('LON1'),
      gcoreRegion: gcoreRegion.id,
      gcoreId: gcoreGlobalId(gcoreRegion.id),
    });
    expect(data).toEqual({ civoDiskImage: null, gcoreImage: null });
    expect(errors).toHaveLength(2);
    const civo = errors!.find((error) => error.path![0] === 'civoDiskImage')!;
    const gcore = errors!.find((error) => error.path![0] === 'gcoreImage')!;
    expect(civo.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'id' });
    expect(gcore.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'imageId' });
    for (const error of [civo, gcore]) {
      expect(error.message).toContain('global ID');
      expect(error.message).toContain('node(id:)');
    }
    expect(listings(stack) + details(stack)).toBe(0);
  });

  it('answers real native ids as before', async () => {
    const { data, errors } = await stack.query(NativeLookups, {
      civoId: civoImageId('LON1'),
      gcoreRegion: gcoreRegion.id,
      gcoreId: gcoreImageId(gcoreRegion.id),
    });
    expect(errors).toBeUndefined();
    expect(data).toEqual({
      civoDiskImage: { imageId: civoImageId('LON1') },
      gcoreImage: { imageId: gcoreImageId(gcoreRegion.id) },
    });
  });

  it('never mistakes a native id for a global one', () => {
    const native = [
      ...civoRegions.flatMap((region) => civoImagesByRegion(region.code).map((image) => image.id)),
      ...gcoreProjects.flatMap((owner) =>
        activeGcoreRegions.flatMap((region) => gcoreImages(owner.id, region.id).map((image) => image.id)),
      ),
      ...Array.from({ length: 2000 }, () => randomUUID()),
      ...Array.from({ length: 200 }, () => randomUUID().toUpperCase()),
    ];
    for (const id of native) expect(() => assertNotGlobalId(schema, id, 'id'), id).not.toThrow();
  });
});

describe('an image id that is not a uuid', () => {
  it('is refused as BAD_USER_INPUT by civoDiskImage, gcoreImage and node, not answered null like a gone image', async () => {
    const { data, errors } = await stack.query(NativeLookups, {
      civoId: 'ubuntu-22.04',
      gcoreRegion: gcoreRegion.id,
      gcoreId: 'not-a-uuid',
    });
    expect(data).toEqual({ civoDiskImage: null, gcoreImage: null });
    expect(errors!.map((error) => [error.path![0], error.extensions?.code, error.extensions?.argument]).sort()).toEqual(
      [
        ['civoDiskImage', 'BAD_USER_INPUT', 'id'],
        ['gcoreImage', 'BAD_USER_INPUT', 'imageId'],
      ],
    );
    for (const error of errors!) expect(error.message).toContain('uuid');

    const node = await stack.query(LookupNodeAndNodes, {
      id: encodeGlobalId('CivoDiskImage', 'LON1:ubuntu-22.04'),
      ids: [],
    });
    expect(node.data!.node).toBeNull();
    expect(node.errors).toHaveLength(1);
    expect(node.errors![0]).toMatchObject({ path: ['node'], extensions: { code: 'BAD_USER_INPUT' } });
    expect(listings(stack) + details(stack)).toBe(0);
  });

  it('finds an image by its id in upper case too: a uuid is case-insensitive', async () => {
    const id = civoImageId('LON1');
    const { data, errors } = await stack.query(NativeLookups, {
      civoId: id.toUpperCase(),
      gcoreRegion: gcoreRegion.id,
      gcoreId: randomUUID().toUpperCase(),
    });
    expect(errors).toBeUndefined();
    expect(data).toEqual({ civoDiskImage: { imageId: id }, gcoreImage: null });
  });

  it('while a well-formed uuid that no image has still answers null with no error', async () => {
    const { data, errors } = await stack.query(NativeLookups, {
      civoId: randomUUID(),
      gcoreRegion: gcoreRegion.id,
      gcoreId: randomUUID(),
    });
    expect(errors).toBeUndefined();
    expect(data).toEqual({ civoDiskImage: null, gcoreImage: null });
  });
});

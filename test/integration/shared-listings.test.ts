import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { RecordedRequest } from '../../src/emulator/server.js';
import { civoCustomImages, civoImagesByRegion } from '../../src/providers/civo/emulator/catalog.js';
import { gcoreImages, gcoreProjects } from '../../src/providers/gcore/emulator/catalog.js';
import { graphql } from '../gql/index.js';
import { partitionCount } from '../support/catalog-expectations.js';
import { startStack, type Stack } from '../support/stack.js';

/**
 * "One list call per partition per request", whatever mix of fields and filters a request
 * asks for: lookups with different upstream filters share one listing of the partition.
 */

const GcoreFilteredAndById = graphql(`
  query GcoreFilteredAndById($regionId: Int!, $imageId: ID!) {
    gcoreImages(regionId: $regionId, osDistro: "ubuntu") {
      imageId
      osDistro
    }
    gcoreImage(regionId: $regionId, imageId: $imageId) {
      imageId
      name
    }
  }
`);

const GcoreFilteredOnly = graphql(`
  query GcoreFilteredOnly($regionId: Int!) {
    gcoreImages(regionId: $regionId, osDistro: "ubuntu") {
      imageId
    }
  }
`);

const CivoCustomAndById = graphql(`
  query CivoCustomAndById($region: String!, $id: ID!) {
    civoDiskImages(region: $region, custom: true) {
      imageId
      createdBy
    }
    civoDiskImage(region: $region, id: $id) {
      imageId
      name
    }
  }
`);

const PageWithEquivalents = graphql(`
  query PageWithEquivalents($filter: ImageFilter) {
    images(filter: $filter, first: 4) {
      totalCount
      edges {
        node {
          imageId
          equivalents {
            imageId
            provider
            region {
              code
            }
          }
        }
      }
    }
  }
`);

const PageWithoutEquivalents = graphql(`
  query PageWithoutEquivalents($filter: ImageFilter) {
    images(filter: $filter, first: 4) {
      totalCount
      edges {
        node {
          imageId
        }
      }
    }
  }
`);

const SearchLatestFamilies = graphql(`
  query SearchLatestFamilies {
    images(filter: { distributions: ["ubuntu"] }, first: 2) {
      totalCount
    }
    latestImage(filter: { distributions: ["ubuntu"], versions: ["22.04"] }) {
      image {
        imageId
      }
      candidateCount
    }
    imageFamilies(filter: { distributions: ["debian"] }) {
      families {
        key
      }
    }
  }
`);

const BareMetalIds = graphql(`
  query BareMetalIds($filter: ImageFilter) {
    images(filter: $filter) {
      edges {
        node {
          id
          imageId
        }
      }
    }
  }
`);

const NodesById = graphql(`
  query NodesById($ids: [ID!]!) {
    nodes(ids: $ids) {
      id
      ... on GcoreImage {
        imageId
        isBaremetal
      }
    }
  }
`);

const LISTING_ROUTES = [
  'GET /v2/disk_images',
  'GET /cloud/v1/images/:project/:region',
  'GET /cloud/v1/bmimages/:project/:region',
];

let stack: Stack;
const project = gcoreProjects.find((candidate) => candidate.is_default)!;

beforeAll(async () => {
  stack = await startStack();
  // Discovery is cached across requests; warm it so counts below are listings only.
  await stack.query(PageWithoutEquivalents, { filter: { distributions: ['none'] } });
});
afterAll(() => stack.close());
beforeEach(() => stack.emulator.resetRequests());

const listings = (): RecordedRequest[] =>
  stack.emulator.requests.filter((request) => LISTING_ROUTES.includes(request.route));

/** Listing calls per partition, e.g. { 'civo LON1': 1, 'gcore 1000001/76': 1 }. */
function listingsPerPartition(): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const { partition } of listings()) {
    const key =
      partition?.provider === 'civo'
        ? `civo ${partition.region.toUpperCase()}`
        : `gcore ${partition?.projectId}/${partition?.regionId}`;
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}

describe('one listing per partition, whatever the request mixes', () => {
  it('gcoreImages with a filter and gcoreImage in the same partition: one listing, and the same answer as alone', async () => {
    const images = gcoreImages(project.id, 76);
    const outsideFilter = images.find((image) => image.os_distro.toLowerCase() !== 'ubuntu')!;
    const { data, errors } = await stack.query(GcoreFilteredAndById, { regionId: 76, imageId: outsideFilter.id });
    expect(errors).toBeUndefined();
    expect(listings()).toHaveLength(1);
    expect(stack.emulator.count({ route: 'GET /cloud/v1/images/:project/:region/:id' })).toBe(0);
    expect(data!.gcoreImage).toEqual({ imageId: outsideFilter.id, name: outsideFilter.name });

    stack.emulator.resetRequests();
    const alone = await stack.query(GcoreFilteredOnly, { regionId: 76 });
    // Alone or shared, the filter is applied here, over the same plain listing.
    expect(listings()[0]!.query.has('os_distro')).toBe(false);
    const expected = images.filter((image) => image.os_distro.toLowerCase() === 'ubuntu').map((image) => image.id);
    expect(alone.data!.gcoreImages!.map((image) => image.imageId)).toEqual(expected);
    expect(data!.gcoreImages!.map((image) => image.imageId)).toEqual(expected);
  });

  it('civoDiskImages(custom: true) and civoDiskImage in the same region: one full listing serves both', async () => {
    const publicImage = civoImagesByRegion('lon1').find((image) => !image.created_by)!;
    const { data, errors } = await stack.query(CivoCustomAndById, { region: 'LON1', id: publicImage.id });
    expect(errors).toBeUndefined();
    expect(listings()).toHaveLength(1);
    expect(listings()[0]!.query.get('type')).toBeNull();
    expect(data!.civoDiskImage!.imageId).toBe(publicImage.id);
    expect(new Set(data!.civoDiskImages!.map((image) => image.imageId))).toEqual(
      new Set(civoCustomImages('lon1').map((image) => image.id)),
    );
  });

  it('a page with equivalents lists every partition once, as the page alone does', async () => {
    const filter = { distributions: ['ubuntu'], versions: ['22.04'] };
    const { data, errors } = await stack.query(PageWithEquivalents, { filter });
    expect(errors).toBeUndefined();
    expect(data!.images!.edges.some(({ node }) => node.equivalents!.some((other) => other.provider === 'GCORE'))).toBe(
      true,
    );
    const perPartition = listingsPerPartition();
    expect(Object.keys(perPartition)).toHaveLength(partitionCount);
    expect(Object.values(perPartition).every((count) => count === 1)).toBe(true);

    // Without equivalents: the same partitions, each once, and the same page.
    stack.emulator.resetRequests();
    const plain = await stack.query(PageWithoutEquivalents, { filter });
    expect(plain.data!.images!.totalCount).toBe(data!.images!.totalCount);
    expect(listingsPerPartition()).toEqual(perPartition);
  });

  it('images, latestImage and imageFamilies together: each partition listed once', async () => {
    const { data, errors } = await stack.query(SearchLatestFamilies);
    expect(errors).toBeUndefined();
    expect(data!.latestImage!.image).not.toBeNull();
    const perPartition = listingsPerPartition();
    expect(Object.keys(perPartition)).toHaveLength(partitionCount);
    expect(Object.values(perPartition).every((count) => count === 1)).toBe(true);
  });

  it('refetching bare-metal images by global id costs one bmimages listing, no detail GETs', async () => {
    const listed = await stack.query(BareMetalIds, {
      filter: { baremetal: true, gcoreProjectIds: [project.id], regions: ['76'] },
    });
    const nodes = listed.data!.images!.edges.map(({ node }) => node);
    expect(nodes.length).toBeGreaterThanOrEqual(2);
    stack.emulator.resetRequests();
    const { data, errors } = await stack.query(NodesById, { ids: nodes.map((node) => node.id) });
    expect(errors).toBeUndefined();
    expect(data!.nodes!.map((node) => (node && 'imageId' in node ? node.imageId : null))).toEqual(
      nodes.map((node) => node.imageId),
    );
    expect(data!.nodes!.every((node) => node && 'isBaremetal' in node && node.isBaremetal)).toBe(true);
    expect(stack.emulator.count({ route: 'GET /cloud/v1/bmimages/:project/:region' })).toBe(1);
    expect(stack.emulator.requests).toHaveLength(1);
  });
});

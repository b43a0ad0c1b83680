import { createServer as createHttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  gcoreBaremetalImages,
  gcoreImages,
  gcoreProjects,
  gcoreRegions,
} from '../../src/providers/gcore/emulator/catalog.js';
import { graphql } from '../gql/index.js';
import { startStack, type Stack } from '../support/stack.js';

const PAGE = 7;

const Directory = graphql(`
  query GcoreDirectory {
    gcoreProjects {
      id
      projectId
      name
      isDefault
      description
    }
    gcoreRegions {
      id
      code
      regionId
      name
      state
      zone
      hasBaremetal
      coordinates {
        latitude
        longitude
      }
    }
  }
`);

const Images = graphql(`
  query GcoreImages(
    $projectId: Int
    $regionId: Int!
    $name: String
    $osDistro: String
    $osVersion: String
    $architecture: Architecture
    $visibility: ImageVisibility
    $tagKeys: [String!]
    $tagKeyValues: [GcoreTagFilter!]
    $baremetal: Boolean
  ) {
    gcoreImages(
      projectId: $projectId
      regionId: $regionId
      name: $name
      osDistro: $osDistro
      osVersion: $osVersion
      architecture: $architecture
      visibility: $visibility
      tagKeys: $tagKeys
      tagKeyValues: $tagKeyValues
      baremetal: $baremetal
    ) {
      id
      imageId
      name
      distribution
      version
      architecture
      osType
      status
      sizeBytes
      createdAt
      visibility
      region {
        code
        name
      }
      ... on GcoreImage {
        projectId
        regionId
        regionName
        minDisk
        minRam
        diskFormat
        osDistro
        rawArchitecture
        size
        isBaremetal
        tags {
          key
          value
          readOnly
        }
        updatedAt
      }
    }
  }
`);

const ImagesWithPrice = graphql(`
  query GcoreImagesWithPrice($regionId: Int!) {
    gcoreImages(regionId: $regionId) {
      imageId
      ... on GcoreImage {
        price {
          currencyCode
          pricePerHour
          pricePerMonth
          status
        }
      }
    }
  }
`);

const ImageById = graphql(`
  query GcoreImageById($projectId: Int, $regionId: Int!, $a: ID!, $b: ID!) {
    list: gcoreImages(projectId: $projectId, regionId: $regionId) {
      imageId
    }
    a: gcoreImage(projectId: $projectId, regionId: $regionId, imageId: $a) {
      imageId
      name
    }
    b: gcoreImage(projectId: $projectId, regionId: $regionId, imageId: $b) {
      imageId
      name
    }
  }
`);

let stack: Stack;
const defaultProject = gcoreProjects.find((project) => project.is_default)!;
const otherProject = gcoreProjects.find((project) => !project.is_default)!;
const region = gcoreRegions.find((candidate) => candidate.state === 'ACTIVE' && candidate.has_baremetal)!;

beforeAll(async () => {
  stack = await startStack({ emulator: { gcoreMaxPageSize: PAGE } });
});
afterAll(() => stack.close());
beforeEach(() => stack.emulator.resetRequests());

describe('Gcore projects and regions', () => {
  it('reads every page of regions and projects', async () => {
    const { data, errors } = await stack.query(Directory);
    expect(errors).toBeUndefined();
    expect(data!.gcoreRegions!.map((item) => item.regionId).sort()).toEqual(gcoreRegions.map((item) => item.id).sort());
    expect(data!.gcoreProjects!.map((item) => item.projectId).sort()).toEqual(
      gcoreProjects.map((item) => item.id).sort(),
    );
    expect(stack.emulator.count({ route: 'GET /cloud/v1/regions' })).toBe(Math.ceil(gcoreRegions.length / PAGE));
    const lux = data!.gcoreRegions!.find((item) => item.regionId === region.id)!;
    expect(lux).toMatchObject({
      code: String(region.id),
      name: region.display_name,
      state: region.state,
      zone: region.zone,
    });
    if (region.coordinates)
      expect(lux.coordinates).toEqual({
        latitude: Number(region.coordinates.latitude),
        longitude: Number(region.coordinates.longitude),
      });
  });
});

describe('gcoreImages', () => {
  it('unwraps and pages until count, defaulting to the default project', async () => {
    const expected = gcoreImages(defaultProject.id, region.id);
    expect(expected.length).toBeGreaterThan(PAGE);
    const { data, errors } = await stack.query(Images, { regionId: region.id });
    expect(errors).toBeUndefined();
    expect(data!.gcoreImages!.map((image) => image.imageId).sort()).toEqual(expected.map((image) => image.id).sort());
    expect(stack.emulator.count({ route: 'GET /cloud/v1/images/:project/:region' })).toBe(
      Math.ceil(expected.length / PAGE),
    );
    const paths = stack.emulator.requests
      .filter((request) => request.route === 'GET /cloud/v1/images/:project/:region')
      .map((request) => request.path);
    expect(new Set(paths)).toEqual(new Set([`/cloud/v1/images/${defaultProject.id}/${region.id}`]));
    const offsets = stack.emulator.requests.map((request) => Number(request.query.get('offset') ?? 0));
    expect(offsets).toEqual(offsets.map((_offset, index) => index * PAGE));
  });

  it('gives a paged listing one UPSTREAM_TIMEOUT_MS budget in all, not one per page', async () => {
    const pages = Math.ceil(gcoreImages(defaultProject.id, region.id).length / PAGE);
    expect(pages).toBeGreaterThanOrEqual(3);
    // Each page alone fits the budget easily; all of them together do not.
    const latencyMs = 200;
    const slow = await startStack({
      emulator: { gcoreMaxPageSize: PAGE, latencyMs },
      env: { UPSTREAM_TIMEOUT_MS: String(Math.round(latencyMs * (pages - 0.5))) },
    });
    try {
      await slow.query(Directory); // discovery is not what is measured
      slow.emulator.resetRequests();
      const { data, errors } = await slow.query(Images, { regionId: region.id });
      expect(data!.gcoreImages).toBeNull();
      expect(errors![0]!.extensions).toMatchObject({
        code: 'UPSTREAM_UNAVAILABLE',
        reason: 'TIMEOUT',
        provider: 'GCORE',
        regionId: region.id,
      });
      expect(slow.emulator.count({ route: 'GET /cloud/v1/images/:project/:region' })).toBe(pages);
    } finally {
      await slow.close();
    }
  });

  it('fails the partition, not silently, when pages overlap (the list changed while it was read)', async () => {
    // Offset paging over a list that gained an item at its head: the next page repeats one
    // item, and another is never seen.
    const [first, second, third] = gcoreImages(defaultProject.id, region.id);
    const shifting = createHttpServer((req, res) => {
      const offset = Number(new URL(req.url ?? '/', 'http://x').searchParams.get('offset') ?? 0);
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ count: 3, results: offset === 0 ? [first, second] : [second] }));
    });
    await new Promise<void>((resolve) => shifting.listen(0, '127.0.0.1', resolve));
    const own = await startStack({
      env: { GCORE_API_URL: `http://127.0.0.1:${(shifting.address() as AddressInfo).port}` },
    });
    try {
      expect(third).toBeDefined();
      const response = await own.post({
        query: `{ gcoreImages(projectId: ${defaultProject.id}, regionId: ${region.id}) { imageId } }`,
      });
      const { data, errors } = (await response.json()) as {
        data: { gcoreImages: unknown };
        errors: { extensions: Record<string, unknown> }[];
      };
      expect(data.gcoreImages).toBeNull();
      expect(errors[0]!.extensions).toMatchObject({
        code: 'UPSTREAM_UNAVAILABLE',
        reason: 'MALFORMED_BODY',
        retryable: true,
        detail: 'pages overlapped: 2 distinct of 3 items (the list changed while it was read)',
      });
    } finally {
      await own.close();
      shifting.closeAllConnections();
      await new Promise((resolve) => shifting.close(resolve));
    }
  });

  it('maps every field faithfully, including null sizes and sizes above 2^32', async () => {
    const expected = gcoreImages(otherProject.id, region.id);
    const { data } = await stack.query(Images, { projectId: otherProject.id, regionId: region.id });
    expect(expected.some((image) => image.size === null)).toBe(true);
    expect(expected.some((image) => (image.size ?? 0) > 2 ** 32)).toBe(true);
    for (const image of data!.gcoreImages!) {
      const raw = expected.find((candidate) => candidate.id === image.imageId)!;
      expect(image).toMatchObject({
        name: raw.name,
        projectId: otherProject.id,
        regionId: region.id,
        regionName: raw.region,
        minDisk: raw.min_disk,
        minRam: raw.min_ram,
        diskFormat: raw.disk_format,
        osDistro: raw.os_distro,
        rawArchitecture: raw.architecture,
        size: raw.size,
        sizeBytes: raw.size,
        isBaremetal: false,
        visibility: raw.visibility.toUpperCase(),
        tags: raw.tags_v2.map((tag) => ({ key: tag.key, value: tag.value, readOnly: tag.read_only })),
      });
      expect(image.architecture).toBe(raw.architecture === 'aarch64' ? 'ARM64' : 'X86_64');
      expect(image.region).toEqual({ code: String(region.id), name: region.display_name });
    }
  });

  it('evaluates each list filter with Gcore’s semantics over the one plain listing', async () => {
    const { data, errors } = await stack.query(Images, {
      regionId: region.id,
      name: 'UBUNTU',
      osDistro: 'ubuntu',
      osVersion: '22.04',
      architecture: 'X86_64',
      visibility: 'PUBLIC',
    });
    expect(errors).toBeUndefined();
    const expected = gcoreImages(defaultProject.id, region.id).filter(
      (image) =>
        image.name.toLowerCase().includes('ubuntu') &&
        image.os_distro.toLowerCase() === 'ubuntu' &&
        image.os_version === '22.04' &&
        image.architecture === 'x86_64' &&
        image.visibility === 'public',
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(data!.gcoreImages!.map((image) => image.imageId).sort()).toEqual(expected.map((image) => image.id).sort());
    // The filters are ours to apply: Gcore gets the plain listing request, so every lookup can share it.
    const listings = stack.emulator.requests.filter(
      (request) => request.route === 'GET /cloud/v1/images/:project/:region',
    );
    expect(new Set(listings.map((request) => JSON.stringify(request.partition))).size).toBe(1);
    for (const request of listings)
      expect([...request.query.keys()].sort()).toEqual(['include_prices', 'limit', 'offset']);
  });

  it('matches tag keys and key = value pairs here, as Gcore’s tag_key and tag_key_value do', async () => {
    const tagged = gcoreImages(defaultProject.id, region.id).find((image) => image.tags_v2.length > 0)!;
    const tag = tagged.tags_v2[0]!;
    const { data, errors } = await stack.query(Images, {
      regionId: region.id,
      tagKeys: [tag.key],
      tagKeyValues: [{ key: tag.key, value: tag.value }],
    });
    expect(errors).toBeUndefined();
    expect(data!.gcoreImages!.map((image) => image.imageId)).toContain(tagged.id);
    expect(
      data!.gcoreImages!.every((image) =>
        image.tags.some((candidate) => candidate.key === tag.key && candidate.value === tag.value),
      ),
    ).toBe(true);
    const withoutTheTag = gcoreImages(defaultProject.id, region.id).filter(
      (image) => !image.tags_v2.some((candidate) => candidate.key === tag.key),
    );
    expect(withoutTheTag.length).toBeGreaterThan(0);
    expect(data!.gcoreImages!.map((image) => image.imageId)).not.toContain(withoutTheTag[0]!.id);
    expect(stack.emulator.requests.some((request) => request.query.has('tag_key'))).toBe(false);
  });

  it('lists bare-metal images from bmimages', async () => {
    const { data, errors } = await stack.query(Images, { regionId: region.id, baremetal: true });
    expect(errors).toBeUndefined();
    const expected = gcoreBaremetalImages(defaultProject.id, region.id);
    expect(expected.length).toBeGreaterThan(0);
    expect(data!.gcoreImages!.map((image) => image.imageId).sort()).toEqual(expected.map((image) => image.id).sort());
    expect(data!.gcoreImages!.every((image) => image.isBaremetal && image.name.endsWith('-ironic'))).toBe(true);
    expect(stack.emulator.count({ route: 'GET /cloud/v1/bmimages/:project/:region' })).toBeGreaterThan(0);
  });

  it('lists with prices, so one listing answers priced and unpriced selections alike', async () => {
    const { data, errors } = await stack.query(ImagesWithPrice, { regionId: region.id });
    expect(errors).toBeUndefined();
    expect(stack.emulator.requests.every((request) => request.query.get('include_prices') === 'true')).toBe(true);
    const priced = data!.gcoreImages!.filter((image) => image.price?.status === 'show');
    expect(priced.length).toBeGreaterThan(0);
    expect(priced.every((image) => typeof image.price!.pricePerHour === 'number' && image.price!.currencyCode)).toBe(
      true,
    );

    // With a price left out by @include or asked for beside an unpriced field: one listing either way.
    for (const withPrice of [false, true]) {
      stack.emulator.resetRequests();
      const answer = await stack.post({
        query:
          'query P($regionId: Int!, $withPrice: Boolean!) { a: gcoreImages(regionId: $regionId) { imageId } b: gcoreImages(regionId: $regionId) { imageId ... on GcoreImage { price @include(if: $withPrice) { status } } } }',
        variables: { regionId: region.id, withPrice },
      });
      expect(((await answer.json()) as { errors?: unknown }).errors).toBeUndefined();
      // Every page once: the two fields share one listing.
      const pages = stack.emulator.requests.map((request) => request.query.get('offset'));
      expect(pages).toEqual([...new Set(pages)]);
    }
  });

  it('refuses bad arguments before calling Gcore', async () => {
    for (const variables of [
      { regionId: 0 },
      { regionId: region.id, projectId: -1 },
      { regionId: region.id, visibility: 'CUSTOM' as const },
      { regionId: region.id, name: 'x'.repeat(500) },
    ]) {
      const { errors } = await stack.query(Images, variables);
      expect(errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    }
    expect(stack.emulator.count()).toBe(0);
  });

  it('maps an unknown region to UPSTREAM_NOT_FOUND with the partition', async () => {
    const { errors } = await stack.query(Images, { regionId: 999_999 });
    expect(errors![0]!.extensions).toMatchObject({
      code: 'UPSTREAM_NOT_FOUND',
      provider: 'GCORE',
      projectId: defaultProject.id,
      regionId: 999_999,
    });
  });
});

describe('gcoreImage', () => {
  it('answers any number of ids from one listing, and looks up bare-metal ids in detail', async () => {
    const [first, second] = gcoreImages(defaultProject.id, region.id);
    const { data, errors } = await stack.query(ImageById, { regionId: region.id, a: first!.id, b: second!.id });
    expect(errors).toBeUndefined();
    expect([data!.a!.imageId, data!.b!.imageId]).toEqual([first!.id, second!.id]);
    expect(stack.emulator.count({ route: 'GET /cloud/v1/images/:project/:region/:id' })).toBe(0);

    stack.emulator.resetRequests();
    const metal = gcoreBaremetalImages(defaultProject.id, region.id)[0]!;
    const detail = await stack.query(ImageById, {
      regionId: region.id,
      a: metal.id,
      b: '00000000-0000-4000-8000-000000000000',
    });
    expect(detail.errors).toBeUndefined();
    expect(detail.data!.a!.name).toBe(metal.name);
    expect(detail.data!.b).toBeNull();
    expect(stack.emulator.count({ route: 'GET /cloud/v1/images/:project/:region/:id' })).toBe(2);
  });
});

const RawFields = graphql(`
  query RawFields($regionId: Int!) {
    gcoreImages(regionId: $regionId, private: true) {
      imageId
      visibility
      rawVisibility
    }
    civoRegions {
      code
      rawCode
    }
    civoDiskImages {
      distribution
      rawDistribution
    }
  }
`);

describe('raw values behind normalised names', () => {
  it('keeps what the API sent under raw* names; the deprecated `private` changes nothing', async () => {
    const { data, errors } = await stack.query(RawFields, { regionId: region.id });
    expect(errors).toBeUndefined();
    const listing = stack.emulator.requests.find(
      (request) => request.route === 'GET /cloud/v1/images/:project/:region',
    )!;
    expect(listing.query.has('private')).toBe(false);
    const rawById = new Map(gcoreImages(defaultProject.id, region.id).map((image) => [image.id, image.visibility]));
    for (const image of data!.gcoreImages!) {
      expect(image.rawVisibility).toBe(rawById.get(image.imageId));
      expect(image.visibility).toBe(image.rawVisibility?.toUpperCase());
    }
    expect(data!.civoRegions!.every((civoRegion) => civoRegion.code === civoRegion.rawCode.toUpperCase())).toBe(true);
    expect(data!.civoRegions!.some((civoRegion) => civoRegion.code !== civoRegion.rawCode)).toBe(true);
    expect(data!.civoDiskImages!.every((image) => image.distribution === image.rawDistribution?.toLowerCase())).toBe(
      true,
    );
  });
});

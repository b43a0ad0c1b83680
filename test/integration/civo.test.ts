import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { civoImagesByRegion, civoRegions } from '../../src/providers/civo/emulator/catalog.js';
import { graphql } from '../gql/index.js';
import { startStack, type Stack } from '../support/stack.js';

const CivoRegions = graphql(`
  query CivoRegions {
    civoRegions {
      id
      code
      name
      country
      countryName
      isDefault
      outOfCapacity
      features {
        gpu
        kubernetes
      }
    }
  }
`);

const CivoImages = graphql(`
  query CivoImages($region: String, $custom: Boolean) {
    civoDiskImages(region: $region, custom: $custom) {
      id
      imageId
      name
      distribution
      version
      status
      providerStatus
      description
      sizeBytes
      createdAt
      architecture
      osType
      visibility
      region {
        code
        name
      }
      ... on CivoDiskImage {
        state
        label
        initialUser
        os
        distributionDefault
        diskImageSizeBytes
        createdBy
        rawCreatedAt
        regionCode
      }
    }
  }
`);

const CivoImage = graphql(`
  query CivoImage($region: String!, $id: ID!) {
    civoDiskImage(region: $region, id: $id) {
      id
      imageId
      name
      ... on CivoDiskImage {
        regionCode
      }
    }
  }
`);

const CivoBatch = graphql(`
  query CivoBatch($region: String!, $a: ID!, $b: ID!) {
    list: civoDiskImages(region: $region) {
      imageId
    }
    a: civoDiskImage(region: $region, id: $a) {
      imageId
    }
    b: civoDiskImage(region: $region, id: $b) {
      imageId
    }
  }
`);

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack.close());
beforeEach(() => stack.emulator.resetRequests());

describe('civoRegions', () => {
  it('lists every region of the API, default first', async () => {
    const { data, errors } = await stack.query(CivoRegions);
    expect(errors).toBeUndefined();
    expect(data!.civoRegions!.map((region) => region.code).sort()).toEqual(
      civoRegions.map((region) => region.code.toUpperCase()).sort(),
    );
    expect(data!.civoRegions![0]!.isDefault).toBe(true);
    const lon = civoRegions.find((region) => region.code.toUpperCase() === 'LON1')!;
    expect(data!.civoRegions!.find((region) => region.code === 'LON1')).toMatchObject({
      name: lon.name,
      country: lon.country,
      countryName: lon.country_name,
      features: { gpu: lon.features.gpu },
    });
  });
});

describe('civoDiskImages', () => {
  it('reads its region argument as filter.regions does: spaces around it are ignored', async () => {
    const spaced = await stack.query(CivoImages, { region: ' lon1 ' });
    const plain = await stack.query(CivoImages, { region: 'LON1' });
    expect(spaced.errors).toBeUndefined();
    expect(spaced.data).toEqual(plain.data);
  });

  it('serves a region faithfully, region code in any case, one upstream call', async () => {
    const { data, errors } = await stack.query(CivoImages, { region: 'lon1' });
    expect(errors).toBeUndefined();
    const expected = civoImagesByRegion('LON1');
    expect(data!.civoDiskImages!.map((image) => image.imageId).sort()).toEqual(
      expected.map((image) => image.id).sort(),
    );
    for (const image of data!.civoDiskImages!) {
      const raw = expected.find((candidate) => candidate.id === image.imageId)!;
      expect(image).toMatchObject({
        name: raw.name,
        version: raw.version,
        state: raw.state,
        providerStatus: raw.state,
        label: raw.label,
        description: raw.description,
        regionCode: 'LON1',
      });
      expect(image.distribution).toBe(raw.distribution.toLowerCase());
      expect(image.sizeBytes).toBe(raw.disk_image_size_bytes ?? null);
      expect(image.initialUser).toBe(raw.initial_user ?? null);
      expect(image.rawCreatedAt).toBe(raw.created_at ?? null);
      if (raw.created_at === undefined || raw.created_at.startsWith('0001-')) expect(image.createdAt).toBeNull();
      else expect(new Date(image.createdAt!).getTime()).toBe(new Date(raw.created_at).getTime());
      expect(image.region.code).toBe('LON1');
    }
    expect(stack.emulator.count({ route: 'GET /v2/disk_images' })).toBe(1);
    expect(
      stack.emulator.requests.find((request) => request.route === 'GET /v2/disk_images')!.query.get('region'),
    ).toBe('LON1');
  });

  it('carries sizes above 2^32 exactly and the zero time as null', async () => {
    const all = civoRegions.flatMap((region) =>
      civoImagesByRegion(region.code).map((image) => ({ image, region: region.code.toUpperCase() })),
    );
    const big = all.find(({ image }) => (image.disk_image_size_bytes ?? 0) > 2 ** 32)!;
    const zero = all.find(({ image }) => image.created_at?.startsWith('0001-'))!;
    expect(big).toBeDefined();
    expect(zero).toBeDefined();
    const bigResult = await stack.query(CivoImages, { region: big.region });
    expect(bigResult.data!.civoDiskImages!.find((image) => image.imageId === big.image.id)!.sizeBytes).toBe(
      big.image.disk_image_size_bytes,
    );
    const zeroResult = await stack.query(CivoImages, { region: zero.region });
    const zeroImage = zeroResult.data!.civoDiskImages!.find((image) => image.imageId === zero.image.id)!;
    expect(zeroImage.createdAt).toBeNull();
    expect(zeroImage.rawCreatedAt).toBe(zero.image.created_at);
  });

  it('defaults to the default region, never a random one', async () => {
    const defaultRegion = civoRegions.find((region) => region.default)!.code.toUpperCase();
    for (let attempt = 0; attempt < 3; attempt++) {
      const { data } = await stack.query(CivoImages, {});
      expect(new Set(data!.civoDiskImages!.map((image) => image.regionCode))).toEqual(new Set([defaultRegion]));
    }
    const sent = stack.emulator.requests
      .filter((request) => request.route === 'GET /v2/disk_images')
      .map((request) => request.query.get('region'));
    expect(sent).toEqual([defaultRegion, defaultRegion, defaultRegion]);
  });

  it('lists only custom images with custom: true, from the region’s one plain listing', async () => {
    const { data, errors } = await stack.query(CivoImages, { region: 'LON1', custom: true });
    expect(errors).toBeUndefined();
    expect(data!.civoDiskImages!.length).toBeGreaterThan(0);
    expect(data!.civoDiskImages!.every((image) => image.visibility === 'CUSTOM')).toBe(true);
    expect(data!.civoDiskImages!.length).toBeLessThan(civoImagesByRegion('LON1').length);
    const listings = stack.emulator.requests.filter((request) => request.route === 'GET /v2/disk_images');
    expect(listings.map((request) => request.query.get('type'))).toEqual([null]);
  });

  it('refuses a malformed region code before calling Civo', async () => {
    const { data, errors } = await stack.query(CivoImages, { region: 'lon/../1' });
    expect(data?.civoDiskImages ?? null).toBeNull();
    expect(errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'region' });
    expect(stack.emulator.count()).toBe(0);
  });

  it('maps an unknown region to UPSTREAM_NOT_FOUND with the partition', async () => {
    const { errors } = await stack.query(CivoImages, { region: 'XYZ9' });
    expect(errors![0]!.extensions).toMatchObject({
      code: 'UPSTREAM_NOT_FOUND',
      provider: 'CIVO',
      region: 'XYZ9',
      upstreamCode: 'database_region_not_found',
      retryable: false,
    });
  });
});

describe('civoDiskImage', () => {
  it('answers from the region listing: one list call for any number of ids, no detail call', async () => {
    const [first, second] = civoImagesByRegion('FRA1');
    const { data, errors } = await stack.query(CivoBatch, { region: 'FRA1', a: first!.id, b: second!.id });
    expect(errors).toBeUndefined();
    expect(data!.a!.imageId).toBe(first!.id);
    expect(data!.b!.imageId).toBe(second!.id);
    expect(stack.emulator.count({ route: 'GET /v2/disk_images' })).toBe(1);
    expect(stack.emulator.count({ route: 'GET /v2/disk_images/:id' })).toBe(0);
  });

  it('answers null for an unknown id, after one detail GET, and ids are per region', async () => {
    const unknown = await stack.query(CivoImage, { region: 'LON1', id: '00000000-0000-4000-8000-000000000000' });
    expect(unknown.errors).toBeUndefined();
    expect(unknown.data!.civoDiskImage).toBeNull();
    expect(stack.emulator.count({ route: 'GET /v2/disk_images/:id' })).toBe(1);

    // The same image name has another id in another region: LON1's id is unknown in FRA1.
    const lonJammy = civoImagesByRegion('LON1').find((image) => image.name === 'ubuntu-jammy')!;
    const fraJammy = civoImagesByRegion('FRA1').find((image) => image.name === 'ubuntu-jammy')!;
    expect(lonJammy.id).not.toBe(fraJammy.id);
    const crossed = await stack.query(CivoImage, { region: 'FRA1', id: lonJammy.id });
    expect(crossed.data!.civoDiskImage).toBeNull();
  });
});

import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { CivoApiDiskImage, CivoApiRegion } from '../../src/providers/civo/api-types.js';
import {
  civoCustomImageIds,
  civoCustomImages,
  civoImagesByRegion,
  civoPublicImages,
  civoRegions,
} from '../../src/providers/civo/emulator/catalog.js';
import { DEMO_CIVO_API_KEY, startEmulator, type Emulator } from '../../src/emulator/server.js';
import { civo, get, UUID } from './http.js';

const ACCOUNT_NOT_FOUND = {
  code: 'database_account_not_found',
  reason: 'Failed to find the account within the internal database',
};
const REGION_NOT_FOUND = {
  code: 'database_region_not_found',
  reason: 'Failed to find the region within the internal database',
};
const IMAGE_NOT_FOUND = {
  code: 'database_disk_image_not_found',
  reason: 'Failed to find the disk image within the internal database',
};

const codes = civoRegions.map((region) => region.code.toUpperCase());
const ids = (images: readonly CivoApiDiskImage[]) => images.map((image) => image.id);

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator();
});
afterAll(() => emulator.close());
beforeEach(() => emulator.resetRequests());

describe('Civo auth', () => {
  it('answers 401 requires_authentication without a header', async () => {
    const answer = await get(emulator, '/v2/regions');
    expect(answer.status).toBe(401);
    expect(answer.json()).toEqual({ result: 'requires_authentication', status: 401 });
  });

  it('answers 404 database_account_not_found for a wrong key or another scheme', async () => {
    for (const authorization of ['bearer not-the-key', `APIKey ${DEMO_CIVO_API_KEY}`, DEMO_CIVO_API_KEY]) {
      const answer = await get(emulator, '/v2/disk_images?region=LON1', authorization);
      expect(answer.status, authorization).toBe(404);
      expect(answer.json()).toEqual(ACCOUNT_NOT_FOUND);
    }
  });

  it('matches the scheme word in any case', async () => {
    for (const scheme of ['bearer', 'Bearer', 'BEARER']) {
      const answer = await get(emulator, '/v2/regions', `${scheme} ${DEMO_CIVO_API_KEY}`);
      expect(answer.status, scheme).toBe(200);
    }
  });

  it('accepts only the key it was started with', async () => {
    const custom = await startEmulator({ civoApiKey: 'another-key' });
    try {
      expect((await civo(custom, '/v2/regions', 'another-key')).status).toBe(200);
      expect((await civo(custom, '/v2/regions')).json()).toEqual(ACCOUNT_NOT_FOUND);
    } finally {
      await custom.close();
    }
  });
});

describe('GET /v2/regions', () => {
  it('is a bare array of the catalog regions with exactly one default', async () => {
    const answer = await civo(emulator, '/v2/regions');
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toContain('application/json');
    const regions = answer.json<CivoApiRegion[]>();
    expect(regions).toEqual(civoRegions);
    expect(regions.filter((region) => region.default)).toHaveLength(1);
    expect(codes).toEqual(expect.arrayContaining(['LON1', 'FRA1', 'NYC1', 'PHX1', 'MUM1']));
    expect(emulator.count({ route: 'GET /v2/regions' })).toBe(1);
    expect(emulator.requests[0]!.partition).toBeUndefined();
  });
});

describe('GET /v2/disk_images', () => {
  it('lists every image of a region, the region code in any case', async () => {
    for (const region of ['LON1', 'lon1', 'Fra1']) {
      const answer = await civo(emulator, `/v2/disk_images?region=${region}`);
      expect(answer.status).toBe(200);
      expect(answer.json()).toEqual(civoImagesByRegion(region));
    }
    expect(emulator.requests.map((request) => request.partition)).toEqual([
      { provider: 'civo', region: 'LON1' },
      { provider: 'civo', region: 'LON1' },
      { provider: 'civo', region: 'FRA1' },
    ]);
    expect(emulator.count({ partition: { provider: 'civo', region: 'lon1' } })).toBe(2);
  });

  it('includes custom images in the full list and lists only them with type=custom', async () => {
    const all = (await civo(emulator, '/v2/disk_images?region=LON1')).json<CivoApiDiskImage[]>();
    const custom = (await civo(emulator, '/v2/disk_images?region=LON1&type=custom')).json<CivoApiDiskImage[]>();
    expect(custom).toEqual(civoCustomImages('LON1'));
    expect(custom.length).toBeGreaterThan(0);
    expect(custom.every((image) => civoCustomImageIds.has(image.id) && image.created_by)).toBe(true);
    expect(all.filter((image) => civoCustomImageIds.has(image.id))).toEqual(custom);
    expect(all.length).toBe(civoPublicImages('LON1').length + custom.length);
    expect(emulator.requests[1]!.query.get('type')).toBe('custom');
  });

  it('answers for a random region when region is missing or empty, and records which', async () => {
    const seen = new Set<string>();
    for (let attempt = 0; attempt < 25; attempt++) {
      const answer = await civo(emulator, attempt % 2 ? '/v2/disk_images' : '/v2/disk_images?region=');
      expect(answer.status).toBe(200);
      const recorded = emulator.requests.at(-1)!.partition;
      expect(recorded?.provider).toBe('civo');
      const region = (recorded as { region: string }).region;
      expect(codes).toContain(region);
      expect(ids(answer.json())).toEqual(ids(civoImagesByRegion(region)));
      seen.add(region);
    }
    // 25 draws from five regions all landing on one is a (1/5)^24 chance: not random.
    expect(seen.size).toBeGreaterThan(1);
  });

  it('answers 404 database_region_not_found for an unknown region', async () => {
    const answer = await civo(emulator, '/v2/disk_images?region=XYZ9');
    expect(answer.status).toBe(404);
    expect(answer.json()).toEqual(REGION_NOT_FOUND);
    expect(emulator.requests[0]).toMatchObject({
      route: 'GET /v2/disk_images',
      partition: { provider: 'civo', region: 'XYZ9' },
      status: 404,
    });
  });
});

describe('GET /v2/disk_images/:id', () => {
  const lonJammy = civoImagesByRegion('LON1').find((image) => image.name === 'ubuntu-jammy')!;

  it('answers one image of the region', async () => {
    const answer = await civo(emulator, `/v2/disk_images/${lonJammy.id}?region=lon1`);
    expect(answer.status).toBe(200);
    expect(answer.json()).toEqual(lonJammy);
    expect(emulator.requests[0]).toMatchObject({
      route: 'GET /v2/disk_images/:id',
      path: `/v2/disk_images/${lonJammy.id}`,
      partition: { provider: 'civo', region: 'LON1' },
    });
  });

  it('answers 404 database_disk_image_not_found for an unknown id or another region id', async () => {
    for (const path of [
      '/v2/disk_images/00000000-0000-4000-8000-000000000000?region=LON1',
      `/v2/disk_images/${lonJammy.id}?region=FRA1`,
    ]) {
      const answer = await civo(emulator, path);
      expect(answer.status, path).toBe(404);
      expect(answer.json()).toEqual(IMAGE_NOT_FOUND);
    }
  });

  it('answers 404 database_region_not_found without a region (our choice) or for an unknown one', async () => {
    for (const path of [`/v2/disk_images/${lonJammy.id}`, `/v2/disk_images/${lonJammy.id}?region=ZZZ1`]) {
      const answer = await civo(emulator, path);
      expect(answer.status, path).toBe(404);
      expect(answer.json()).toEqual(REGION_NOT_FOUND);
    }
    expect(emulator.requests[0]!.partition).toBeUndefined();
  });

  it('checks the key before the region and the image', async () => {
    const answer = await civo(emulator, '/v2/disk_images/nope?region=ZZZ1', 'wrong');
    expect(answer.json()).toEqual(ACCOUNT_NOT_FOUND);
  });
});

describe('unknown Civo routes', () => {
  it('answer a plain-text 404, key or not, and are recorded', async () => {
    for (const answer of [await civo(emulator, '/v2/kubernetes/clusters'), await get(emulator, '/v2/disk_images/')]) {
      expect(answer.status).toBe(404);
      expect(answer.headers.get('content-type')).toMatch(/^text\/plain/);
      expect(() => answer.json()).toThrow();
    }
    expect(emulator.count({ provider: 'civo' })).toBe(2);
  });
});

describe('the Civo catalog', () => {
  const all = civoRegions.flatMap((region) => civoImagesByRegion(region.code));

  it('has dozens of images per region, with uuid ids unique within and across regions', () => {
    for (const code of codes) {
      const images = civoImagesByRegion(code);
      expect(images.length, code).toBeGreaterThanOrEqual(25);
      expect(images.length, code).toBeLessThanOrEqual(40);
      expect(images.every((image) => UUID.test(image.id))).toBe(true);
    }
    expect(new Set(ids(all)).size).toBe(all.length);
  });

  it('gives the same image name another id in each region, and leaves some images out of some regions', () => {
    const jammy = codes.map((code) => civoImagesByRegion(code).find((image) => image.name === 'ubuntu-jammy')!);
    expect(new Set(jammy.map((image) => image.id)).size).toBe(codes.length);
    const gpuRegions = civoRegions.filter((region) => region.features.gpu).map((region) => region.code.toUpperCase());
    for (const code of codes) {
      const hasCuda = civoImagesByRegion(code).some((image) => image.name === 'ubuntu-cuda12-2');
      expect(hasCuda, code).toBe(gpuRegions.includes(code));
    }
    expect(codes.filter((code) => civoImagesByRegion(code).some((image) => image.name === 'centos-7'))).toEqual([
      'LON1',
    ]);
  });

  it('has the documented names, versions and distributions', () => {
    const byName = new Map(all.map((image) => [image.name, image]));
    expect(byName.get('ubuntu-cuda12-2')).toMatchObject({ version: '22.04-cuda12-2', distribution: 'ubuntu' });
    expect(byName.get('talos-v1.5.0')).toMatchObject({ version: '1.5.0', distribution: 'talos' });
    expect(byName.get('rocky-9-1')).toMatchObject({ version: '9.1', distribution: 'rocky' });
    expect([...byName.keys()].filter((name) => name.startsWith('k3s-')).length).toBeGreaterThan(1);
    for (const name of [
      'ubuntu-focal',
      'ubuntu-jammy',
      'ubuntu-noble',
      'debian-11',
      'debian-12',
      'rocky-8-6',
      'centos-7',
    ])
      expect(byName.has(name), name).toBe(true);
  });

  it('leaves optional keys out of some images and sends null descriptions and labels', () => {
    for (const key of [
      'initial_user',
      'os',
      'disk_image_url',
      'disk_image_size_bytes',
      'logo_url',
      'created_at',
      'distribution_default',
    ] as const) {
      const present = all.filter((image) => key in image).length;
      expect(present, key).toBeGreaterThan(0);
      expect(present, key).toBeLessThan(all.length);
    }
    expect(all.some((image) => image.description === null)).toBe(true);
    expect(all.some((image) => image.label === null)).toBe(true);
    expect(
      all.every((image) =>
        ['id', 'name', 'version', 'state', 'distribution', 'description', 'label'].every((key) => key in image),
      ),
    ).toBe(true);
  });

  it('has zero creation times, sizes beyond 32 bits and one default per distribution per region', () => {
    expect(all.some((image) => image.created_at === '0001-01-01T00:00:00Z')).toBe(true);
    expect(all.some((image) => (image.disk_image_size_bytes ?? 0) > 2 ** 32)).toBe(true);
    for (const code of codes) {
      const publicImages = civoPublicImages(code);
      for (const distribution of new Set(publicImages.map((image) => image.distribution))) {
        const defaults = publicImages.filter(
          (image) => image.distribution === distribution && image.distribution_default === true,
        );
        expect(defaults, `${code} ${distribution}`).toHaveLength(1);
      }
    }
  });

  it('has custom images in every upload state, creator set, and an ubuntu-jammy look-alike', () => {
    const custom = all.filter((image) => civoCustomImageIds.has(image.id));
    expect(new Set(custom.map((image) => image.state))).toEqual(
      new Set(['available', 'upload_pending', 'upload_completed', 'pending', 'upload_expired', 'error']),
    );
    expect(custom.every((image) => typeof image.created_by === 'string' && image.created_by !== '')).toBe(true);
    expect(all.filter((image) => !civoCustomImageIds.has(image.id)).every((image) => !image.created_by)).toBe(true);
    const lookAlike = civoCustomImages('LON1').find((image) => image.name === 'ubuntu-jammy-custom')!;
    expect(lookAlike).toMatchObject({ distribution: 'ubuntu', version: '22.04', state: 'available' });
    for (const code of codes) expect(civoCustomImages(code).length, code).toBeGreaterThanOrEqual(2);
  });

  it('hands out copies: changing them changes nothing served', async () => {
    const copy = civoImagesByRegion('LON1');
    copy[0]!.name = 'tampered';
    copy.length = 0;
    expect(civoImagesByRegion('LON1')[0]!.name).not.toBe('tampered');
    expect(() => {
      (civoRegions as CivoApiRegion[])[0]!.name = 'tampered';
    }).toThrow(TypeError);
    const served = (await civo(emulator, '/v2/disk_images?region=LON1')).json<CivoApiDiskImage[]>();
    expect(served.some((image) => image.name === 'tampered')).toBe(false);
    expect(() => civoImagesByRegion('NOPE1')).toThrow(RangeError);
  });
});

import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type {
  GcoreApiErrorBody,
  GcoreApiImage,
  GcoreApiList,
  GcoreApiProject,
  GcoreApiRegion,
} from '../../src/providers/gcore/api-types.js';
import {
  gcoreBaremetalImages,
  gcoreImages,
  gcorePrice,
  gcoreProjects,
  gcoreRegions,
} from '../../src/providers/gcore/emulator/catalog.js';
import { DEMO_GCORE_API_KEY, startEmulator, type Emulator } from '../../src/emulator/server.js';
import { gcore, get, UUID } from './http.js';

const PAGE = 7;
const project = gcoreProjects.find((candidate) => candidate.is_default)!;
const otherProject = gcoreProjects.find((candidate) => !candidate.is_default)!;
const region = gcoreRegions.find((candidate) => candidate.state === 'ACTIVE' && candidate.has_baremetal)!;
const plainRegion = gcoreRegions.find((candidate) => candidate.state === 'ACTIVE' && !candidate.has_baremetal)!;
const base = `/cloud/v1/images/${project.id}/${region.id}`;
const catalog = gcoreImages(project.id, region.id);
const ids = (images: readonly { id: string }[]) => images.map((image) => image.id);

/** Every key of the wire type: the contract says all of them are always sent. */
const IMAGE_KEYS = [
  'id',
  'name',
  'description',
  'status',
  'visibility',
  'min_disk',
  'min_ram',
  'os_distro',
  'os_version',
  'os_type',
  'architecture',
  'disk_format',
  'size',
  'display_order',
  'ssh_key',
  'hw_firmware_type',
  'hw_machine_type',
  'is_baremetal',
  'gpu_driver',
  'gpu_driver_type',
  'gpu_driver_version',
  'project_id',
  'region',
  'region_id',
  'created_at',
  'updated_at',
  'creator_task_id',
  'task_id',
  'tags',
  'tags_v2',
  'currency_code',
  'price_per_hour',
  'price_per_month',
  'price_status',
].sort();

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator({ gcoreMaxPageSize: PAGE });
});
afterAll(() => emulator.close());
beforeEach(() => emulator.resetRequests());

/** Reads every page the way the contract says: offset += results.length until count. */
async function readAll<T>(path: string): Promise<{ items: T[]; pages: number; counts: number[] }> {
  const items: T[] = [];
  const counts: number[] = [];
  let pages = 0;
  for (;;) {
    const separator = path.includes('?') ? '&' : '?';
    const answer = await gcore(emulator, `${path}${separator}offset=${items.length}`);
    expect(answer.status, answer.text).toBe(200);
    const page = answer.json<GcoreApiList<T>>();
    pages += 1;
    counts.push(page.count);
    items.push(...page.results);
    if (items.length >= page.count || page.results.length === 0) return { items, pages, counts };
  }
}

async function list(path: string): Promise<GcoreApiImage[]> {
  return (await readAll<GcoreApiImage>(path)).items;
}

function expectError(
  answer: { status: number; json<T>(): T },
  status: number,
  exceptionClass: string,
): GcoreApiErrorBody {
  expect(answer.status).toBe(status);
  const body = answer.json<GcoreApiErrorBody>();
  expect(body.exception_class).toBe(exceptionClass);
  expect(body.request_id).toMatch(UUID);
  expect(typeof body.message).toBe('string');
  return body;
}

describe('Gcore auth', () => {
  it('answers 401 NotAuthenticated without a header', async () => {
    const body = expectError(await get(emulator, '/cloud/v1/regions'), 401, 'NotAuthenticated');
    expect(body.message).toBe('Authentication credentials were not provided.');
  });

  it('answers 401 token_not_valid for Bearer, a wrong case prefix, a bare or a wrong token', async () => {
    for (const authorization of [
      `Bearer ${DEMO_GCORE_API_KEY}`,
      `apikey ${DEMO_GCORE_API_KEY}`,
      DEMO_GCORE_API_KEY,
      'APIKey 1_wrong',
    ]) {
      expectError(await get(emulator, '/cloud/v1/projects', authorization), 401, 'token_not_valid');
    }
  });

  it('checks the token before the partition', async () => {
    expectError(await get(emulator, '/cloud/v1/images/1/2', 'APIKey nope'), 401, 'token_not_valid');
  });
});

describe('regions and projects', () => {
  it('pages regions: count is the total, each page at most the server cap', async () => {
    const first = (await gcore(emulator, '/cloud/v1/regions?limit=1000')).json<GcoreApiList<GcoreApiRegion>>();
    expect(first.count).toBe(gcoreRegions.length);
    expect(first.results).toHaveLength(PAGE);
    const { items, pages } = await readAll<GcoreApiRegion>('/cloud/v1/regions');
    expect(items).toEqual(gcoreRegions);
    expect(pages).toBe(Math.ceil(gcoreRegions.length / PAGE));
  });

  it('has the documented regions with every field', () => {
    const byId = new Map(gcoreRegions.map((item) => [item.id, item]));
    expect(
      Object.fromEntries([76, 148, 160, 180, 196, 184, 172].map((id) => [id, byId.get(id)?.display_name])),
    ).toEqual({
      76: 'Luxembourg-2',
      148: 'Luxembourg-3',
      160: 'Paris-3',
      180: 'Frankfurt-2',
      196: 'London-2',
      184: 'Chester',
      172: 'San Jose',
    });
    expect(byId.get(184)!.state).toBe('MAINTENANCE');
    expect(byId.get(172)!.state).toBe('NEW');
    expect(gcoreRegions.some((item) => item.coordinates === null)).toBe(true);
    expect(gcoreRegions.some((item) => item.zone === null)).toBe(true);
    expect(
      gcoreRegions.filter((item) => item.coordinates).every((item) => typeof item.coordinates!.latitude === 'string'),
    ).toBe(true);
  });

  it('lists the projects, exactly one default', async () => {
    const { items } = await readAll<GcoreApiProject>('/cloud/v1/projects');
    expect(items).toEqual(gcoreProjects);
    expect(items.filter((item) => item.is_default)).toHaveLength(1);
    expect(items.every((item) => item.deleted_at === null)).toBe(true);
  });

  it('honours a small limit and an offset past the end', async () => {
    const small = (await gcore(emulator, '/cloud/v1/regions?limit=2&offset=3')).json<GcoreApiList<GcoreApiRegion>>();
    expect(small).toEqual({ count: gcoreRegions.length, results: gcoreRegions.slice(3, 5) });
    const past = (await gcore(emulator, '/cloud/v1/projects?offset=50')).json<GcoreApiList<GcoreApiProject>>();
    expect(past).toEqual({ count: gcoreProjects.length, results: [] });
  });
});

describe('GET /cloud/v1/images/{project}/{region}', () => {
  it('pages the whole listing in catalog order, prices null', async () => {
    const { items, pages, counts } = await readAll<GcoreApiImage>(base);
    expect(items).toEqual(catalog);
    expect(catalog.length).toBeGreaterThanOrEqual(30);
    expect(pages).toBe(Math.ceil(catalog.length / PAGE));
    expect(new Set(counts)).toEqual(new Set([catalog.length]));
    expect(
      items.every(
        (image) =>
          image.currency_code === null &&
          image.price_per_hour === null &&
          image.price_per_month === null &&
          image.price_status === null,
      ),
    ).toBe(true);
    expect(emulator.count({ partition: { provider: 'gcore', projectId: project.id, regionId: region.id } })).toBe(
      pages,
    );
  });

  it('sends every key of every image', () => {
    for (const image of [...catalog, ...gcoreBaremetalImages(project.id, region.id)])
      expect(Object.keys(image).sort()).toEqual(IMAGE_KEYS);
  });

  it('filters by visibility', async () => {
    for (const visibility of ['public', 'private', 'shared'] as const) {
      const expected = catalog.filter((image) => image.visibility === visibility);
      expect(expected.length, visibility).toBeGreaterThan(0);
      expect(ids(await list(`${base}?visibility=${visibility}`))).toEqual(ids(expected));
    }
  });

  it('filters by name (case-insensitive substring), os_distro (any case) and os_version (exact)', async () => {
    expect(ids(await list(`${base}?name=UBUNTU-22`))).toEqual(
      ids(catalog.filter((image) => image.name.includes('ubuntu-22'))),
    );
    const windows = catalog.filter((image) => image.os_distro.toLowerCase() === 'windows');
    expect(windows.length).toBeGreaterThan(1);
    expect(ids(await list(`${base}?os_distro=wInDoWs`))).toEqual(ids(windows));
    expect(ids(await list(`${base}?os_version=22.04`))).toEqual(
      ids(catalog.filter((image) => image.os_version === '22.04')),
    );
    expect(await list(`${base}?os_version=22`)).toEqual([]);
  });

  it('filters by architecture', async () => {
    for (const architecture of ['aarch64', 'x86_64']) {
      const expected = catalog.filter((image) => image.architecture === architecture);
      expect(expected.length, architecture).toBeGreaterThan(0);
      expect(ids(await list(`${base}?architecture=${architecture}`))).toEqual(ids(expected));
    }
  });

  it('filters by every repeated tag_key and every tag_key_value pair', async () => {
    const keys = [...new Set(catalog.flatMap((image) => image.tags_v2.map((tag) => tag.key)))];
    const [first, second] = keys;
    expect(second).toBeDefined();
    const both = catalog.filter((image) =>
      [first, second].every((key) => image.tags_v2.some((tag) => tag.key === key)),
    );
    expect(ids(await list(`${base}?tag_key=${first}&tag_key=${second}`))).toEqual(ids(both));
    const tagged = catalog.find((image) => image.tags_v2.length > 0)!;
    const { key, value } = tagged.tags_v2[0]!;
    const matching = catalog.filter((image) => image.tags_v2.some((tag) => tag.key === key && tag.value === value));
    const result = await list(`${base}?tag_key_value=${encodeURIComponent(JSON.stringify({ [key]: value }))}`);
    expect(ids(result)).toEqual(ids(matching));
    expect(matching.length).toBeLessThan(catalog.length);
    expect(
      await list(`${base}?tag_key_value=${encodeURIComponent(JSON.stringify({ [key]: `${value}-not` }))}`),
    ).toEqual([]);
  });

  it('treats private as a no-op (our choice) and ignores unknown parameters', async () => {
    expect(ids(await list(`${base}?private=1&colour=blue`))).toEqual(ids(catalog));
  });

  it('fills prices only with include_prices=true', async () => {
    const priced = await list(`${base}?include_prices=true`);
    expect(priced).toEqual(catalog.map((image) => ({ ...image, ...gcorePrice(image) })));
    expect(priced.every((image) => image.currency_code === 'EUR' && image.price_status !== null)).toBe(true);
    const shown = priced.filter((image) => image.price_status === 'show');
    expect(
      shown.every((image) => typeof image.price_per_hour === 'number' && typeof image.price_per_month === 'number'),
    ).toBe(true);
    const hourly = (os: string) =>
      Math.max(...shown.filter((image) => image.os_type === os).map((image) => image.price_per_hour!));
    expect(hourly('windows')).toBeGreaterThan(hourly('linux'));
    expect(priced.some((image) => image.price_status === 'hide' && image.price_per_hour === null)).toBe(true);
    for (const value of ['false', '0'])
      expect((await list(`${base}?include_prices=${value}`)).every((image) => image.price_status === null)).toBe(true);
  });

  it('refuses bad parameters with 400 ValidationError naming each of them', async () => {
    const cases: [string, Record<string, string[]>][] = [
      ['limit=0', { limit: ['Must be between 1 and 1000.'] }],
      ['limit=1001', { limit: ['Must be between 1 and 1000.'] }],
      ['limit=abc', { limit: ['Not a valid integer.'] }],
      ['offset=-1', { offset: ['Must be between 0 and 2147483647.'] }],
      ['offset=1.5', { offset: ['Not a valid integer.'] }],
      ['visibility=everyone', { visibility: ['Must be one of: public, private, shared.'] }],
      ['architecture=arm64', { architecture: ['Must be one of: aarch64, x86_64.'] }],
      [
        'tag_key_value=%7Bnot-json',
        { tag_key_value: ['Must be a JSON object of string values, e.g. {"os": "linux"}.'] },
      ],
      ['tag_key_value=%5B%5D', { tag_key_value: ['Must be a JSON object of string values, e.g. {"os": "linux"}.'] }],
      ['include_prices=maybe', { include_prices: ['Not a valid boolean.'] }],
    ];
    for (const [query, invalidFields] of cases) {
      const body = expectError(await gcore(emulator, `${base}?${query}`), 400, 'ValidationError');
      expect(body.invalid_fields, query).toEqual(invalidFields);
    }
    const both = expectError(await gcore(emulator, `/cloud/v1/regions?limit=-5&offset=x`), 400, 'ValidationError');
    expect(Object.keys(both.invalid_fields!).sort()).toEqual(['limit', 'offset']);
  });

  it('answers 404 NotFoundError for an unknown project or region or a non-integer segment', async () => {
    for (const path of [
      `/cloud/v1/images/999/${region.id}`,
      `/cloud/v1/images/${project.id}/999999`,
      `/cloud/v1/images/abc/${region.id}`,
      `/cloud/v1/bmimages/${project.id}/1.5`,
    ]) {
      expectError(await gcore(emulator, path), 404, 'NotFoundError');
    }
    expect(emulator.requests.map((request) => request.partition)).toEqual([
      { provider: 'gcore', projectId: 999, regionId: region.id },
      { provider: 'gcore', projectId: project.id, regionId: 999999 },
      undefined,
      undefined,
    ]);
  });

  it('gives public images another id per region but the same in both projects; private and shared ones differ per project', () => {
    const other = gcoreImages(project.id, plainRegion.id);
    const publicHere = catalog.filter((image) => image.visibility === 'public');
    const publicThere = other.filter((image) => image.visibility === 'public');
    const name = 'ubuntu-22.04-x64';
    expect(publicHere.find((image) => image.name === name)!.id).not.toBe(
      publicThere.find((image) => image.name === name)!.id,
    );
    const mine = gcoreImages(otherProject.id, region.id);
    expect(ids(mine.filter((image) => image.visibility === 'public'))).toEqual(ids(publicHere));
    const own = (images: GcoreApiImage[]) =>
      new Set(images.filter((image) => image.visibility !== 'public').map((image) => image.name));
    expect(own(mine)).not.toEqual(own(catalog));
    expect(catalog.every((image) => image.region === region.display_name && image.region_id === region.id)).toBe(true);
  });
});

describe('GET /cloud/v1/bmimages/{project}/{region}', () => {
  it('lists bare-metal images where the region has bare metal, none elsewhere', async () => {
    const expected = gcoreBaremetalImages(project.id, region.id);
    expect(expected.length).toBeGreaterThan(0);
    expect(await list(`/cloud/v1/bmimages/${project.id}/${region.id}`)).toEqual(expected);
    expect(expected.every((image) => image.is_baremetal && image.name.endsWith('-ironic'))).toBe(true);
    expect(catalog.every((image) => !image.is_baremetal)).toBe(true);
    expect(gcoreBaremetalImages(project.id, plainRegion.id)).toEqual([]);
    expect((await gcore(emulator, `/cloud/v1/bmimages/${project.id}/${plainRegion.id}`)).json()).toEqual({
      count: 0,
      results: [],
    });
    expect(emulator.count({ route: 'GET /cloud/v1/bmimages/:project/:region' })).toBeGreaterThan(1);
  });

  it('takes the same filters', async () => {
    const expected = gcoreBaremetalImages(project.id, region.id).filter((image) => image.os_distro === 'ubuntu');
    expect(ids(await list(`/cloud/v1/bmimages/${project.id}/${region.id}?os_distro=Ubuntu`))).toEqual(ids(expected));
    expectError(
      await gcore(emulator, `/cloud/v1/bmimages/${project.id}/${region.id}?visibility=nope`),
      400,
      'ValidationError',
    );
  });
});

describe('GET /cloud/v1/images/{project}/{region}/{id}', () => {
  it('answers one VM or bare-metal image (our choice), prices on request', async () => {
    const vm = catalog[0]!;
    const metal = gcoreBaremetalImages(project.id, region.id)[0]!;
    expect((await gcore(emulator, `${base}/${vm.id}`)).json()).toEqual(vm);
    expect((await gcore(emulator, `${base}/${metal.id}`)).json()).toEqual(metal);
    expect((await gcore(emulator, `${base}/${vm.id}?include_prices=true`)).json()).toEqual({
      ...vm,
      ...gcorePrice(vm),
    });
    expect(emulator.requests[0]).toMatchObject({
      route: 'GET /cloud/v1/images/:project/:region/:id',
      partition: { provider: 'gcore', projectId: project.id, regionId: region.id },
    });
  });

  it('answers 404 for an unknown id, another region id, or an unknown partition', async () => {
    const elsewhere = gcoreImages(project.id, plainRegion.id)[0]!;
    for (const path of [
      `${base}/00000000-0000-4000-8000-000000000000`,
      `${base}/${elsewhere.id}`,
      `/cloud/v1/images/999/${region.id}/${catalog[0]!.id}`,
    ]) {
      expectError(await gcore(emulator, path), 404, 'NotFoundError');
    }
  });
});

describe('unknown Gcore routes', () => {
  it('answer a JSON 404', async () => {
    expectError(await gcore(emulator, '/cloud/v1/instances/1/2'), 404, 'NotFoundError');
    expect(emulator.requests[0]!.route).toBe('GET (unmatched)');
  });
});

describe('the Gcore catalog', () => {
  const active = gcoreRegions.filter((item) => item.state === 'ACTIVE');
  const everything = gcoreProjects.flatMap((item) =>
    gcoreRegions.flatMap((where) => [...gcoreImages(item.id, where.id), ...gcoreBaremetalImages(item.id, where.id)]),
  );

  it('has 30+ images per project × region, uuid ids, unique within each listing', () => {
    for (const item of gcoreProjects) {
      for (const where of gcoreRegions) {
        const images = gcoreImages(item.id, where.id);
        expect(images.length, `${item.id}/${where.id}`).toBeGreaterThanOrEqual(30);
        expect(new Set(ids(images)).size).toBe(images.length);
        expect(images.every((image) => UUID.test(image.id))).toBe(true);
      }
    }
  });

  it('has GPU images only where the region sells AI or GPU instances', () => {
    for (const where of active) {
      const gpu = gcoreImages(project.id, where.id).filter(
        (image) => image.visibility === 'public' && image.gpu_driver !== null,
      );
      expect(gpu.length > 0, String(where.id)).toBe(where.has_ai || where.has_ai_gpu);
      expect(gpu.every((image) => image.gpu_driver_type && image.gpu_driver_version)).toBe(true);
    }
    expect(everything.some((image) => image.name === 'ubuntu-22.04-x64-nvidia-h100-eni')).toBe(true);
  });

  it('varies what clients must cope with: statuses, sizes, formats, firmware, timestamps, Windows', () => {
    const statuses = new Set(everything.map((image) => image.status));
    for (const status of ['active', 'queued', 'saving', 'deactivated', 'killed'])
      expect(statuses.has(status), status).toBe(true);
    expect(everything.some((image) => image.size === null)).toBe(true);
    expect(everything.filter((image) => (image.size ?? 0) > 2 ** 32).length).toBeGreaterThan(3);
    expect(new Set(everything.map((image) => image.disk_format))).toEqual(new Set(['raw', 'qcow2']));
    expect(new Set(everything.map((image) => image.hw_firmware_type))).toEqual(new Set(['bios', 'uefi', null]));
    expect(new Set(everything.map((image) => image.hw_machine_type))).toEqual(new Set(['i440', 'q35', 'pc', null]));
    const forms = new Set(
      everything.map((image) =>
        /\+00:00$/.test(image.created_at)
          ? '+00:00'
          : /\+0000$/.test(image.created_at)
            ? '+0000'
            : /T[\d:.]+$/.test(image.created_at)
              ? 'naive'
              : 'other',
      ),
    );
    expect(forms).toEqual(new Set(['+00:00', '+0000', 'naive']));
    const windows = everything.filter((image) => image.os_type === 'windows');
    expect(windows.every((image) => image.ssh_key === 'deny' && image.min_disk >= 40)).toBe(true);
    expect(everything.every((image) => JSON.stringify(image.tags) === JSON.stringify(image.tags_v2))).toBe(true);
  });

  it('has a private look-alike of the official Ubuntu 22.04 image', () => {
    const official = catalog.find((image) => image.name === 'ubuntu-22.04-x64')!;
    const lookAlike = catalog.find((image) => image.name === 'ubuntu-22.04-x64-hardened')!;
    expect(official).toMatchObject({ visibility: 'public', status: 'active' });
    expect(lookAlike).toMatchObject({
      visibility: 'private',
      os_distro: official.os_distro,
      os_version: official.os_version,
      architecture: official.architecture,
      project_id: project.id,
    });
  });

  it('hands out copies: changing them changes nothing served', async () => {
    const copy = gcoreImages(project.id, region.id);
    copy[0]!.name = 'tampered';
    expect(gcoreImages(project.id, region.id)[0]!.name).not.toBe('tampered');
    expect(() => {
      (gcoreProjects as GcoreApiProject[])[0]!.name = 'tampered';
    }).toThrow(TypeError);
    expect((await list(base)).some((image) => image.name === 'tampered')).toBe(false);
    expect(() => gcoreImages(1, region.id)).toThrow(RangeError);
  });
});

import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type {
  GcoreApiImage,
  GcoreApiList,
  GcoreApiProject,
  GcoreApiRegion,
} from '../../src/providers/gcore/api-types.js';
import type { CivoApiDiskImage, CivoApiRegion } from '../../src/providers/civo/api-types.js';
import { civoCustomImages, civoImagesByRegion } from '../../src/providers/civo/emulator/catalog.js';
import { CIVO_UNREADABLE_IMAGE, CIVO_UNREADABLE_REGION } from '../../src/providers/civo/emulator/drift.js';
import {
  gcoreBaremetalImages,
  gcoreImages,
  gcoreProjects,
  gcoreRegions,
} from '../../src/providers/gcore/emulator/catalog.js';
import { GCORE_UNREADABLE_IMAGE, GCORE_UNREADABLE_REGION } from '../../src/providers/gcore/emulator/drift.js';
import { startEmulator, type Emulator, type FaultRule, type FaultTarget } from '../../src/emulator/server.js';
import { admin, civo, gcore, type Answer } from './http.js';

/**
 * The `drift` fault over real HTTP: each route answered once plainly and once drifted, and
 * every drift of the brief checked against the plain answer.
 */

type Json = Record<string, unknown>;
const PAGE = 4;
const PRICE_KEYS = ['currency_code', 'price_per_hour', 'price_per_month', 'price_status'];
const project = gcoreProjects.find((candidate) => candidate.is_default)!;
const bmRegion = gcoreRegions.find((candidate) => candidate.state === 'ACTIVE' && candidate.has_baremetal)!;
const plainRegion = gcoreRegions.find((candidate) => candidate.state === 'ACTIVE' && !candidate.has_baremetal)!;
const images = `/cloud/v1/images/${project.id}/${bmRegion.id}`;
const bmImages = `/cloud/v1/bmimages/${project.id}/${bmRegion.id}`;

let emulator: Emulator;
/** A second server with small Gcore pages, for the paging checks. */
let paged: Emulator;
beforeAll(async () => {
  [emulator, paged] = await Promise.all([startEmulator(), startEmulator({ gcoreMaxPageSize: PAGE })]);
});
afterAll(() => Promise.all([emulator.close(), paged.close()]));
afterEach(() => {
  for (const server of [emulator, paged]) {
    server.clearFaults();
    server.resetRequests();
  }
});

function drift(target: FaultTarget, server = emulator, times?: number): void {
  server.addFault({ target, fault: { kind: 'drift' }, ...(times === undefined ? {} : { times }) });
}

const civoRoute = (route: string): FaultTarget => ({ provider: 'civo', route });
const gcoreRoute = (route: string): FaultTarget => ({ provider: 'gcore', route });

function ok<T>(answer: Answer): T {
  expect(answer.status, answer.text).toBe(200);
  expect(answer.headers.get('content-type')).toContain('application/json');
  return answer.json<T>();
}

/** Keys of `plain` that no drift touches must arrive unchanged. */
function expectUntouched(drifted: Json, plain: object, touched: readonly string[]): void {
  for (const [key, value] of Object.entries(plain))
    if (!touched.includes(key)) expect(drifted[key], key).toEqual(value);
}

/** Reads every page as the contract says: offset += results.length until count. */
async function readAll(server: Emulator, path: string): Promise<{ items: Json[]; counts: number[]; pages: Json[][] }> {
  const items: Json[] = [];
  const counts: number[] = [];
  const pages: Json[][] = [];
  for (;;) {
    const separator = path.includes('?') ? '&' : '?';
    const page = ok<GcoreApiList<Json>>(await gcore(server, `${path}${separator}offset=${items.length}`));
    counts.push(page.count);
    pages.push(page.results);
    items.push(...page.results);
    if (items.length >= page.count || page.results.length === 0) return { items, counts, pages };
    if (pages.length > 50) throw new Error('paging does not end');
  }
}

describe('Civo GET /v2/regions drifted', () => {
  it('keeps every code, trims features, drops false defaults, retypes and appends an unreadable entry', async () => {
    const plain = ok<CivoApiRegion[]>(await civo(emulator, '/v2/regions'));
    drift(civoRoute('GET /v2/regions'));
    const drifted = ok<Json[]>(await civo(emulator, '/v2/regions'));

    expect(drifted).toHaveLength(plain.length + 1);
    expect(drifted.at(-1)).toEqual({ name: 'Broken', features: {} });
    expect(drifted.at(-1)).not.toHaveProperty('code');
    const last = plain.length - 1;
    plain.forEach((region, index) => {
      const got = drifted[index]!;
      expect(got.code).toBe(region.code);
      expect(got.features).toEqual(
        index === 0
          ? {
              iaas: region.features.iaas,
              kubernetes: region.features.kubernetes,
              object_store: region.features.object_store,
              kfaas: true,
            }
          : { iaas: region.features.iaas, kubernetes: region.features.kubernetes },
      );
      if (region.default) expect(got.default).toBe(true);
      else expect(got).not.toHaveProperty('default');
      if (index === last) expect(got).not.toHaveProperty('country_name');
      else expect(got.country_name).toBe(region.country_name);
      expect(got.out_of_capacity).toEqual(index === 0 ? 'false' : region.out_of_capacity);
      expectUntouched(got, region, ['features', 'default', 'country_name', 'out_of_capacity']);
    });
    // The plain list had what the drift takes away, so the checks above can fail.
    expect(plain[0]!.out_of_capacity).toBe(false);
    expect(plain.filter((region) => region.default)).toHaveLength(1);
    expect(Object.keys(plain[1]!.features).length).toBeGreaterThan(2);
  });
});

describe('Civo disk images drifted', () => {
  it('the list: late fields gone, size a string, system creator, k3s nulls, an id-less entry at the end', async () => {
    const plain = ok<CivoApiDiskImage[]>(await civo(emulator, '/v2/disk_images?region=LON1'));
    drift({ provider: 'civo', region: 'lon1' });
    const drifted = ok<Json[]>(await civo(emulator, '/v2/disk_images?region=LON1'));

    expect(drifted).toHaveLength(plain.length + 1);
    expect(drifted.at(-1)).toEqual({ name: 'no-id-image', state: 'available' });
    plain.forEach((image, index) => expectDriftedCivoImage(drifted[index]!, image));
    expect(plain.some((image) => image.os && image.logo_url && image.created_at)).toBe(true);
    expect(plain.filter((image) => image.name.startsWith('k3s-')).length).toBeGreaterThan(0);
    expect(plain.some((image) => image.created_by === '')).toBe(true);
    expect(plain.some((image) => image.created_by === undefined)).toBe(true);
  });

  it('type=custom: custom creators stay, the unreadable entry is appended too', async () => {
    const plain = civoCustomImages('LON1');
    expect(plain.length).toBeGreaterThan(0);
    drift(civoRoute('GET /v2/disk_images'));
    const drifted = ok<Json[]>(await civo(emulator, '/v2/disk_images?region=LON1&type=custom'));
    expect(drifted.map((image) => image.created_by)).toEqual([...plain.map((image) => image.created_by), undefined]);
    expect(drifted.at(-1)).toEqual(CIVO_UNREADABLE_IMAGE);
  });

  it('the detail: one object with the per-image drift, nothing added', async () => {
    const k3s = civoImagesByRegion('LON1').find(
      (image) => image.name.startsWith('k3s-') && image.disk_image_size_bytes,
    )!;
    const custom = civoCustomImages('LON1')[0]!;
    drift({ provider: 'civo', region: 'LON1' });
    for (const image of [k3s, custom]) {
      const drifted = ok<Json>(await civo(emulator, `/v2/disk_images/${image.id}?region=LON1`));
      expect(Array.isArray(drifted)).toBe(false);
      expectDriftedCivoImage(drifted, image);
    }
    const k3sDrifted = ok<Json>(await civo(emulator, `/v2/disk_images/${k3s.id}?region=LON1`));
    expect(k3sDrifted).toMatchObject({ version: null, distribution: null, created_by: 'system' });
    expect(k3sDrifted.disk_image_size_bytes).toBe(String(k3s.disk_image_size_bytes));
  });

  it('a partition rule drifts that region only; errors are left as they are', async () => {
    drift({ provider: 'civo', region: 'LON1' });
    const other = ok<Json[]>(await civo(emulator, '/v2/disk_images?region=FRA1'));
    expect(other).toEqual(civoImagesByRegion('FRA1'));
    const missing = await civo(emulator, '/v2/disk_images/no-such-image?region=LON1');
    expect(missing.status).toBe(404);
    expect(missing.json()).toEqual({
      code: 'database_disk_image_not_found',
      reason: 'Failed to find the disk image within the internal database',
    });
    const wrongKey = await civo(emulator, '/v2/disk_images?region=LON1', 'wrong-key');
    expect(wrongKey.status).toBe(404);
    expect(wrongKey.json<Json>().code).toBe('database_account_not_found');
    expect(emulator.requests.map((request) => request.status)).toEqual([200, 404, 404]);
  });
});

function expectDriftedCivoImage(got: Json, image: CivoApiDiskImage): void {
  expect(got.id).toBe(image.id);
  for (const key of ['os', 'logo_url', 'created_at']) expect(got, `${image.name} ${key}`).not.toHaveProperty(key);
  if (image.disk_image_size_bytes === undefined) expect(got).not.toHaveProperty('disk_image_size_bytes');
  else expect(got.disk_image_size_bytes).toBe(String(image.disk_image_size_bytes));
  expect(got.image_kind).toBe('drifted');
  expect(got.created_by).toBe(image.created_by ? image.created_by : 'system');
  const k3s = image.name.startsWith('k3s-');
  expect(got.version).toBe(k3s ? null : image.version);
  expect(got.distribution).toBe(k3s ? null : image.distribution);
  expectUntouched(got, image, [
    'os',
    'logo_url',
    'created_at',
    'disk_image_size_bytes',
    'created_by',
    'version',
    'distribution',
  ]);
}

describe('Gcore GET /cloud/v1/regions drifted', () => {
  it('one page: slug and has_ai_gpu gone, coordinates by index, created_on, an unknown zone, a broken entry', async () => {
    const plain = ok<GcoreApiList<GcoreApiRegion>>(await gcore(emulator, '/cloud/v1/regions'));
    drift(gcoreRoute('GET /cloud/v1/regions'));
    const drifted = ok<GcoreApiList<Json>>(await gcore(emulator, '/cloud/v1/regions'));

    expect(drifted.count).toBe(plain.count + 1);
    expect(drifted.results).toHaveLength(plain.results.length + 1);
    expect(drifted.results.at(-1)).toEqual({ display_name: 'Broken region', state: 'ACTIVE' });
    const firstZoned = plain.results.findIndex((region) => region.zone !== null);
    plain.results.forEach((region, index) => expectDriftedRegion(drifted.results[index]!, region, index, firstZoned));
    // The plain list has what the drift changes.
    expect(plain.results.some((region) => region.coordinates === null)).toBe(true);
    expect(plain.results.every((region) => typeof region.slug === 'string' && 'has_ai_gpu' in region)).toBe(true);
  });

  it('paged: count includes the broken entry on every page, which comes once, on the last page', async () => {
    const plain = await readAll(paged, '/cloud/v1/regions');
    drift(gcoreRoute('GET /cloud/v1/regions'), paged);
    const drifted = await readAll(paged, '/cloud/v1/regions');

    expect(plain.pages.length).toBeGreaterThan(2);
    expect(new Set(drifted.counts)).toEqual(new Set([plain.items.length + 1]));
    expect(drifted.items).toHaveLength(plain.items.length + 1);
    expect(drifted.items.map((region) => region.id)).toEqual([...plain.items.map((region) => region.id), undefined]);
    expect(drifted.items.filter((region) => region.display_name === 'Broken region')).toHaveLength(1);
    expect(drifted.pages.at(-1)!.at(-1)).toEqual(GCORE_UNREADABLE_REGION);
    // Each page drifts on its own: positions are within the page's results.
    drifted.pages.forEach((page, pageIndex) => {
      const plainPage = plain.pages[pageIndex] as unknown as GcoreApiRegion[];
      const firstZoned = plainPage.findIndex((region) => region.zone !== null);
      plainPage.forEach((region, index) => expectDriftedRegion(page[index]!, region, index, firstZoned));
    });
    // An offset past the end: no items, but the same count.
    const beyond = ok<GcoreApiList<Json>>(await gcore(paged, `/cloud/v1/regions?offset=${plain.items.length + 5}`));
    expect(beyond).toEqual({ count: plain.items.length + 1, results: [] });
  });
});

function expectDriftedRegion(got: Json, region: GcoreApiRegion, index: number, firstZoned: number): void {
  expect(got.id).toBe(region.id);
  expect(got).not.toHaveProperty('slug');
  expect(got).not.toHaveProperty('has_ai_gpu');
  if (region.coordinates === null) expect(got.coordinates).toBeNull();
  else if (index % 2 === 0) {
    expect(got.coordinates).toEqual({
      latitude: Number.parseFloat(region.coordinates.latitude),
      longitude: Number.parseFloat(region.coordinates.longitude),
    });
    expect(typeof (got.coordinates as Json).latitude).toBe('number');
  } else expect(got.coordinates).toEqual(region.coordinates);
  if (index === 0) expect(got).not.toHaveProperty('country');
  else expect(got.country).toBe(region.country);
  expect(got.created_on).toBe(region.created_at);
  expect(got.created_at).toBe(region.created_at);
  expect(got.zone).toBe(index === firstZoned ? 'ANTARCTICA' : region.zone);
  expectUntouched(got, region, ['slug', 'has_ai_gpu', 'coordinates', 'country', 'zone']);
}

describe('Gcore GET /cloud/v1/projects drifted', () => {
  it('the non-default project loses its optional keys; client_id is a string; nothing added', async () => {
    const plain = ok<GcoreApiList<GcoreApiProject>>(await gcore(emulator, '/cloud/v1/projects'));
    drift(gcoreRoute('GET /cloud/v1/projects'));
    const drifted = ok<GcoreApiList<Json>>(await gcore(emulator, '/cloud/v1/projects'));

    expect(drifted.count).toBe(plain.count);
    expect(drifted.results).toHaveLength(plain.results.length);
    expect(plain.results.some((candidate) => !candidate.is_default)).toBe(true);
    plain.results.forEach((candidate, index) => {
      const got = drifted.results[index]!;
      expect(got.id).toBe(candidate.id);
      expect(got.client_id).toBe(String(candidate.client_id));
      const optional = ['task_id', 'description', 'deleted_at'];
      for (const key of optional) {
        if (candidate.is_default) expect(got[key]).toEqual(candidate[key as keyof GcoreApiProject]);
        else expect(got).not.toHaveProperty(key);
      }
      expectUntouched(got, candidate, ['client_id', ...optional]);
    });
  });

  it('times: 1 drifts one request, then heals', async () => {
    drift(gcoreRoute('GET /cloud/v1/projects'), emulator, 1);
    const first = ok<GcoreApiList<Json>>(await gcore(emulator, '/cloud/v1/projects'));
    const second = ok<GcoreApiList<Json>>(await gcore(emulator, '/cloud/v1/projects'));
    expect(typeof first.results[0]!.client_id).toBe('string');
    expect(second).toEqual({ count: gcoreProjects.length, results: gcoreProjects });
    expect(emulator.activeFaults()).toEqual([]);
  });
});

describe('Gcore images drifted', () => {
  it('the list: tags, prices, gpu and order keys gone, values retyped, first image trimmed, a broken entry', async () => {
    const plain = gcoreImages(project.id, bmRegion.id);
    drift({ provider: 'gcore', projectId: project.id, regionId: bmRegion.id });
    const drifted = ok<GcoreApiList<Json>>(await gcore(emulator, images));

    expect(drifted.count).toBe(plain.length + 1);
    expect(drifted.results).toHaveLength(plain.length + 1);
    expect(drifted.results.at(-1)).toEqual({ id: '00000000-0000-4000-8000-00000000d1f7', status: 'active' });
    plain.forEach((image, index) => expectDriftedImage(drifted.results[index]!, image, index === 0, false));
    // The plain list has each thing the drift changes.
    expect(plain.some((image) => image.hw_machine_type === 'i440')).toBe(true);
    expect(plain.some((image) => image.size === null)).toBe(true);
    expect(plain.some((image) => image.status === 'active' && image.name.includes('windows'))).toBe(true);
    expect(plain.some((image) => image.status !== 'active' && image.name.includes('windows'))).toBe(true);
    expect(plain.some((image) => image.display_order !== null)).toBe(true);
  });

  it('include_prices=true keeps the price keys as they are', async () => {
    const plain = gcoreImages(project.id, bmRegion.id, { includePrices: true });
    drift(gcoreRoute('GET /cloud/v1/images/:project/:region'));
    const drifted = ok<GcoreApiList<Json>>(await gcore(emulator, `${images}?include_prices=true`));
    plain.forEach((image, index) => expectDriftedImage(drifted.results[index]!, image, index === 0, true));
    expect(plain.some((image) => image.price_per_hour !== null)).toBe(true);
  });

  it('filters still apply, and the broken entry comes after what they kept', async () => {
    const plain = gcoreImages(project.id, bmRegion.id).filter((image) => image.name.includes('windows'));
    drift(gcoreRoute('GET /cloud/v1/images/:project/:region'));
    const drifted = ok<GcoreApiList<Json>>(await gcore(emulator, `${images}?name=WINDOWS`));
    expect(drifted.count).toBe(plain.length + 1);
    expect(drifted.results.map((image) => image.id)).toEqual([
      ...plain.map((image) => image.id),
      GCORE_UNREADABLE_IMAGE.id,
    ]);
    expect(drifted.results[0]).not.toHaveProperty('architecture');
  });

  it('paged: count matches what offset paging reads, the broken entry once at the end', async () => {
    const plain = await readAll(paged, images);
    drift({ provider: 'gcore', projectId: project.id, regionId: bmRegion.id }, paged);
    const drifted = await readAll(paged, images);
    expect(plain.pages.length).toBeGreaterThan(3);
    expect(new Set(drifted.counts)).toEqual(new Set([plain.items.length + 1]));
    expect(drifted.items.map((image) => image.id)).toEqual([
      ...plain.items.map((image) => image.id),
      GCORE_UNREADABLE_IMAGE.id,
    ]);
    expect(drifted.items.filter((image) => image.id === GCORE_UNREADABLE_IMAGE.id)).toHaveLength(1);
    // The first image of every page is the trimmed one.
    for (const page of drifted.pages) expect(page[0]).not.toHaveProperty('architecture');
  });

  it('bare-metal lists drift the same way; an empty one holds just the broken entry', async () => {
    const plain = gcoreBaremetalImages(project.id, bmRegion.id);
    expect(plain.length).toBeGreaterThan(1);
    expect(gcoreBaremetalImages(project.id, plainRegion.id)).toEqual([]);
    drift(gcoreRoute('GET /cloud/v1/bmimages/:project/:region'));
    const drifted = ok<GcoreApiList<Json>>(await gcore(emulator, bmImages));
    expect(drifted.count).toBe(plain.length + 1);
    plain.forEach((image, index) => expectDriftedImage(drifted.results[index]!, image, index === 0, false));
    expect(drifted.results[1]!.is_baremetal).toBe(true);
    expect(drifted.results.at(-1)).toEqual(GCORE_UNREADABLE_IMAGE);
    const empty = ok<GcoreApiList<Json>>(await gcore(emulator, `/cloud/v1/bmimages/${project.id}/${plainRegion.id}`));
    expect(empty).toEqual({ count: 1, results: [GCORE_UNREADABLE_IMAGE] });
  });

  it('the detail: the one image drifts as the first of its body; prices only on request', async () => {
    const windows = gcoreImages(project.id, bmRegion.id).find(
      (image) => image.status === 'active' && image.name.includes('windows'),
    )!;
    const priced = gcoreImages(project.id, bmRegion.id, { includePrices: true }).find(
      (image) => image.id === windows.id,
    )!;
    drift({ provider: 'gcore', projectId: project.id, regionId: bmRegion.id });
    const drifted = ok<Json>(await gcore(emulator, `${images}/${windows.id}`));
    expect(Array.isArray(drifted)).toBe(false);
    expect(drifted).not.toHaveProperty('results');
    expectDriftedImage(drifted, windows, true, false);
    expect(drifted.status).toBe('uploading_v2');
    const withPrices = ok<Json>(await gcore(emulator, `${images}/${windows.id}?include_prices=true`));
    expectDriftedImage(withPrices, priced, true, true);
    expect(withPrices.price_status).toBe('show');
    // An error has nothing to drift.
    const missing = await gcore(emulator, `${images}/00000000-0000-4000-8000-000000000000`);
    expect(missing.status).toBe(404);
    expect(missing.json<Json>().exception_class).toBe('NotFoundError');
  });
});

function expectDriftedImage(got: Json, image: GcoreApiImage, first: boolean, includePrices: boolean): void {
  expect(got.id).toBe(image.id);
  const gone = ['tags', 'gpu_driver', 'gpu_driver_type', 'gpu_driver_version', 'display_order'];
  for (const key of gone) expect(got, `${image.name} ${key}`).not.toHaveProperty(key);
  expect(got.tags_v2).toEqual(image.tags_v2);
  for (const key of PRICE_KEYS) {
    if (includePrices) expect(got[key], key).toEqual(image[key as keyof GcoreApiImage]);
    else expect(got, `${image.name} ${key}`).not.toHaveProperty(key);
  }
  expect(got.hw_machine_type).toBe(image.hw_machine_type === 'i440' ? 'pc' : image.hw_machine_type);
  expect(got.min_ram).toBe(String(image.min_ram));
  expect(got.size).toBe(image.size === null ? null : String(image.size));
  if (first) {
    expect(got).not.toHaveProperty('architecture');
    expect(got).not.toHaveProperty('is_baremetal');
  } else {
    expect(got.architecture).toBe(image.architecture);
    expect(got.is_baremetal).toBe(image.is_baremetal);
  }
  const unknownStatus = image.status === 'active' && image.name.includes('windows');
  expect(got.status).toBe(unknownStatus ? 'uploading_v2' : image.status);
  expectUntouched(got, image, [
    ...gone,
    ...PRICE_KEYS,
    'hw_machine_type',
    'min_ram',
    'size',
    'architecture',
    'is_baremetal',
    'status',
  ]);
}

describe('the drift rule', () => {
  it('is deterministic: the same request drifts the same way twice', async () => {
    drift({ provider: 'gcore', projectId: project.id, regionId: bmRegion.id });
    drift(civoRoute('GET /v2/regions'));
    expect((await gcore(emulator, images)).text).toBe((await gcore(emulator, images)).text);
    expect((await civo(emulator, '/v2/regions')).text).toBe((await civo(emulator, '/v2/regions')).text);
  });

  it('the admin route accepts {"kind":"drift"} and refuses a bogus kind, naming drift', async () => {
    const rule = { target: { provider: 'civo', route: 'GET /v2/regions' }, fault: { kind: 'drift' }, times: 1 };
    const added = await admin(emulator, 'POST', '/_emulator/faults', rule);
    expect(added.status).toBe(201);
    expect(added.json()).toEqual({ faults: [rule] });
    expect(ok<Json[]>(await civo(emulator, '/v2/regions')).at(-1)).toEqual(CIVO_UNREADABLE_REGION);
    expect(ok<Json[]>(await civo(emulator, '/v2/regions')).at(-1)).toHaveProperty('code');

    const bogus = await admin(emulator, 'POST', '/_emulator/faults', { ...rule, fault: { kind: 'drifted' } });
    expect(bogus.status).toBe(400);
    expect(bogus.json<{ error: string }>().error).toContain('"drift"');
    expect(() => emulator.addFault({ target: rule.target, fault: { kind: 'drifty' } } as unknown as FaultRule)).toThrow(
      TypeError,
    );
    expect(emulator.activeFaults()).toEqual([]);
  });
});

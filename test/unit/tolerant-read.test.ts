import { describe, expect, it } from 'vitest';
import { isCivoCustomImage, mapCivoImage } from '../../src/providers/civo/mapping.js';
import { readCivoImages, readCivoRegions } from '../../src/providers/civo/read.js';
import { mapGcoreImage } from '../../src/providers/gcore/mapping.js';
import { readGcoreImagePage, readGcoreProjectPage, readGcoreRegionPage } from '../../src/providers/gcore/read.js';
import { createDriftLog } from '../../src/upstream/drift-log.js';
import { MalformedBodyError, type DriftProblem } from '../../src/upstream/tolerant-read.js';
import { SERVICE_VERSION } from '../../src/version.js';
import packageJson from '../../package.json' with { type: 'json' };

/** Collects what a reader reported, as `object.field problem`. */
function recorder() {
  const seen: string[] = [];
  const report = (object: string, field: string, problem: DriftProblem) => seen.push(`${object}.${field} ${problem}`);
  return { seen, report };
}

describe('Civo bodies, read as civogo reads them', () => {
  it('keeps an image with null version and distribution (civogo’s k3s fixture), reporting the drift', () => {
    const { seen, report } = recorder();
    const [image] = readCivoImages(
      [{ id: 'k1', name: 'k3s-1.27.0', version: null, distribution: null, state: 'available' }],
      report,
    );
    expect(image).toMatchObject({ id: 'k1', name: 'k3s-1.27.0', version: null, distribution: null });
    expect(seen).toEqual(expect.arrayContaining(['disk_image.version missing', 'disk_image.distribution missing']));
    expect(mapCivoImage(image!, 'lon1')).toMatchObject({ version: null, distribution: null, status: 'AVAILABLE' });
  });

  it('skips only the image it cannot identify, and reads numeric strings as numbers', () => {
    const { seen, report } = recorder();
    const images = readCivoImages(
      [{ name: 'no-id' }, { id: 'a', name: 'debian-12', disk_image_size_bytes: '3650722201', state: true }],
      report,
    );
    expect(images.map((image) => image.id)).toEqual(['a']);
    expect(images[0]).toMatchObject({ disk_image_size_bytes: 3_650_722_201, state: null });
    expect(seen).toContain('disk_image.(item) unreadable item');
    expect(seen).toContain('disk_image.state wrong type');
  });

  it('fails a list of which nothing can be read, and a body that is not a list', () => {
    const { report } = recorder();
    expect(() => readCivoImages([{ name: 'x' }], report)).toThrow(MalformedBodyError);
    expect(() => readCivoImages({ items: [] }, report)).toThrow(MalformedBodyError);
    expect(readCivoImages([], report)).toEqual([]);
  });

  it('reads regions with only {iaas, kubernetes} and no `default` (civogo’s fixtures)', () => {
    const { seen, report } = recorder();
    const [region] = readCivoRegions(
      [{ code: 'lon1', name: 'London', features: { iaas: true, kubernetes: true } }],
      report,
    );
    expect(region).toMatchObject({ code: 'lon1', default: false, features: { iaas: true, gpu: null } });
    expect(seen).toContain('region.features.gpu missing');
  });

  it('tells custom images by Civo’s `cust-` prefix or a creator other than the system', () => {
    const { report } = recorder();
    const [system, person, prefixed, none] = readCivoImages(
      [
        { id: '1', name: 'ubuntu-jammy', created_by: 'system' },
        { id: '2', name: 'my-golden', created_by: 'ops@example.com' },
        { id: '3', name: 'cust-ubuntuimage-148ee-wrodm' },
        { id: '4', name: 'debian-12' },
      ],
      report,
    );
    expect([system, person, prefixed, none].map((image) => isCivoCustomImage(image!))).toEqual([
      false,
      true,
      true,
      false,
    ]);
  });
});

describe('Gcore bodies, read as gcore-python reads them', () => {
  const page = (results: unknown[], count = results.length) => ({ count, results });

  it('reads a region without slug, with numeric or string coordinates and an unknown zone', () => {
    const { seen, report } = recorder();
    const { items } = readGcoreRegionPage(
      page([
        { id: 76, display_name: 'Luxembourg-2', coordinates: { latitude: 49.6, longitude: '6.1' }, zone: 'MARS' },
        { id: '148', coordinates: { latitude: 'north', longitude: '6' } },
      ]),
      report,
    );
    expect(items.map((region) => [region.id, region.slug, region.coordinates, region.zone])).toEqual([
      [76, null, { latitude: 49.6, longitude: 6.1 }, 'MARS'],
      [148, null, null, null],
    ]);
    expect(seen).toEqual(expect.arrayContaining(['region.slug missing', 'region.zone unknown value']));
  });

  it('reads a project without task_id, description or deleted_at, without calling it drift', () => {
    const { seen, report } = recorder();
    const { items } = readGcoreProjectPage(
      page([{ id: 2, client_id: '7', name: 'p', is_default: false, state: 'ACTIVE', created_at: 'x' }]),
      report,
    );
    expect(items[0]).toMatchObject({ id: 2, client_id: 7, task_id: null, description: null, deleted_at: null });
    expect(seen).toEqual([]);
  });

  it('reads an image with tags_v2 only, no price keys, strings for numbers, and no is_baremetal', () => {
    const { seen, report } = recorder();
    const { items, received, count } = readGcoreImagePage(
      page([
        {
          id: 'g1',
          name: 'ubuntu-22.04-x64',
          status: 'active',
          visibility: 'public',
          min_ram: '2048',
          size: '6442450944',
          tags_v2: [{ key: 'os', value: 'linux', read_only: true }, 'bare-key'],
        },
        { id: 'g2', tags: { team: 'a' }, name: 'debian-12-x64' },
        { id: 'no-name' },
      ]),
      report,
    );
    expect(received).toBe(3);
    expect(count).toBe(3);
    expect(items.map((image) => image.id)).toEqual(['g1', 'g2']);
    expect(items[0]).toMatchObject({ min_ram: 2048, size: 6_442_450_944, price_status: null, is_baremetal: null });
    expect(items[0]!.tags).toEqual([
      { key: 'os', value: 'linux', read_only: true },
      { key: 'bare-key', value: null, read_only: null },
    ]);
    expect(items[1]!.tags).toEqual([{ key: 'team', value: 'a', read_only: null }]);
    // Price keys are absent unless asked for: that is the contract, not drift.
    expect(seen.some((line) => line.startsWith('image.price'))).toBe(false);
    const listedAsBaremetal = mapGcoreImage(items[0]!, 1, 76, { baremetal: true });
    expect(listedAsBaremetal.baremetal).toBe(true);
    expect(mapGcoreImage(items[0]!, 1, 76).minRamMb).toBe(2048);
  });

  it('fails a page without results, and reads a page without count as the last one', () => {
    const { report } = recorder();
    expect(() => readGcoreImagePage({ count: 1 }, report)).toThrow(MalformedBodyError);
    expect(readGcoreImagePage({ results: [{ id: 'a', name: 'b' }] }, report).count).toBe(1);
  });
});

describe('the drift log', () => {
  it('warns once per provider, object, field and problem, and counts the rest, with no value', () => {
    const warnings: string[] = [];
    const log = createDriftLog((line) => warnings.push(line));
    const gcore = log.reporterFor('GCORE');
    for (let index = 0; index < 5; index++) gcore('region', 'slug', 'missing');
    gcore('region', 'slug', 'wrong type');
    log.reporterFor('CIVO')('region', 'slug', 'missing');
    expect(warnings).toHaveLength(3);
    expect(warnings[0]).toBe('upstream drift (GCORE): region.slug: missing; read on (logged once, counted after)');
    expect(log.counts()).toEqual([
      { provider: 'GCORE', object: 'region', field: 'slug', problem: 'missing', count: 5 },
      { provider: 'GCORE', object: 'region', field: 'slug', problem: 'wrong type', count: 1 },
      { provider: 'CIVO', object: 'region', field: 'slug', problem: 'missing', count: 1 },
    ]);
  });
});

describe('the service version', () => {
  it('is the one package.json declares (it goes into User-Agent)', () => {
    expect(SERVICE_VERSION).toBe(packageJson.version);
  });
});

import { describe, expect, it } from 'vitest';
import type { CivoApiDiskImage } from '../../src/providers/civo/api-types.js';
import { mapCivoImage as mapCivoRecord } from '../../src/providers/civo/mapping.js';
import { readCivoImage } from '../../src/providers/civo/read.js';
import type { GcoreApiImage } from '../../src/providers/gcore/api-types.js';
import { mapGcoreImage as mapGcoreRecord } from '../../src/providers/gcore/mapping.js';
import { readGcoreImage } from '../../src/providers/gcore/read.js';

/** Wire objects through the real reader, then the mapper: what a listing does. */
const ignoreDrift = () => undefined;
const mapCivoImage = (raw: unknown, region: string) => mapCivoRecord(readCivoImage(raw, ignoreDrift), region);
const mapGcoreImage = (raw: unknown, projectId: number, regionId: number) =>
  mapGcoreRecord(readGcoreImage(raw, ignoreDrift), projectId, regionId);

const civoImage = (overrides: Partial<CivoApiDiskImage> = {}): CivoApiDiskImage => ({
  id: 'a1',
  name: 'ubuntu-jammy',
  version: '22.04',
  state: 'available',
  distribution: 'Ubuntu',
  description: null,
  label: null,
  ...overrides,
});

const gcoreImage = (overrides: Partial<GcoreApiImage> = {}): GcoreApiImage => ({
  id: 'g1',
  name: 'ubuntu-22.04-x64',
  description: null,
  status: 'active',
  visibility: 'public',
  min_disk: 5,
  min_ram: 512,
  os_distro: 'Ubuntu',
  os_version: '22.04',
  os_type: 'linux',
  architecture: 'x86_64',
  disk_format: 'qcow2',
  size: 6_442_450_944,
  display_order: 1,
  ssh_key: 'allow',
  hw_firmware_type: 'bios',
  hw_machine_type: 'q35',
  is_baremetal: false,
  gpu_driver: null,
  gpu_driver_type: null,
  gpu_driver_version: null,
  project_id: 9,
  region: 'Luxembourg-2',
  region_id: 76,
  created_at: '2024-05-05T14:51:26.570866',
  updated_at: '2026-05-31T10:00:00+00:00',
  creator_task_id: null,
  task_id: null,
  tags: [],
  tags_v2: [],
  currency_code: null,
  price_per_hour: null,
  price_per_month: null,
  price_status: null,
  ...overrides,
});

describe('mapCivoImage', () => {
  it('normalises the documented fields and keeps the raw object', () => {
    const raw = civoImage({ disk_image_size_bytes: 10_737_418_240, created_at: '2023-06-01T08:00:00Z', os: 'linux' });
    const image = mapCivoImage(raw, 'lon1');
    expect(image).toMatchObject({
      provider: 'CIVO',
      regionCode: 'LON1',
      imageId: 'a1',
      distribution: 'ubuntu',
      version: '22.04',
      architecture: 'X86_64',
      osType: 'LINUX',
      status: 'AVAILABLE',
      providerStatus: 'available',
      description: null,
      sizeBytes: 10_737_418_240,
    });
    expect(image.createdAt?.toISOString()).toBe('2023-06-01T08:00:00.000Z');
    expect(image.raw).toMatchObject({ id: 'a1', os: 'linux', created_at: '2023-06-01T08:00:00Z' });
  });

  it('reads the zero time and absent optional fields as unknown', () => {
    const image = mapCivoImage(civoImage({ created_at: '0001-01-01T00:00:00Z', distribution: 'mystery' }), 'FRA1');
    expect(image.createdAt).toBeNull();
    expect(image.sizeBytes).toBeNull();
    expect(image.osType).toBeNull();
  });

  it.each([
    ['available', 'AVAILABLE'],
    ['upload_pending', 'PENDING'],
    ['upload_completed', 'PENDING'],
    ['pending', 'PENDING'],
    ['upload_expired', 'ERROR'],
    ['error', 'ERROR'],
    ['something_new', 'UNKNOWN'],
  ])('maps state %s to %s', (state, status) => {
    expect(mapCivoImage(civoImage({ state }), 'LON1').status).toBe(status);
  });

  it('infers the OS family from the distribution when `os` is absent', () => {
    expect(mapCivoImage(civoImage({ distribution: 'talos' }), 'LON1').osType).toBe('LINUX');
    expect(mapCivoImage(civoImage({ distribution: 'windows' }), 'LON1').osType).toBe('WINDOWS');
  });
});

describe('mapGcoreImage', () => {
  it('normalises architecture, OS, status, size and the three timestamp forms', () => {
    const image = mapGcoreImage(gcoreImage({ architecture: 'aarch64', os_type: 'windows' }), 9, 76);
    expect(image).toMatchObject({
      provider: 'GCORE',
      projectId: 9,
      regionId: 76,
      distribution: 'ubuntu',
      architecture: 'ARM64',
      osType: 'WINDOWS',
      sizeBytes: 6_442_450_944,
    });
    expect(image.createdAt?.toISOString()).toBe('2024-05-05T14:51:26.570Z');
    expect(mapGcoreImage(gcoreImage({ created_at: '2020-03-09T10:16:45+0000' }), 9, 76).createdAt?.toISOString()).toBe(
      '2020-03-09T10:16:45.000Z',
    );
  });

  it.each([
    ['active', 'AVAILABLE'],
    ['queued', 'PENDING'],
    ['saving', 'PENDING'],
    ['deactivated', 'DEPRECATED'],
    ['killed', 'ERROR'],
    ['deleted', 'DELETED'],
    ['pending_delete', 'DELETED'],
    ['weird', 'UNKNOWN'],
  ])('maps status %s to %s', (status, expected) => {
    expect(mapGcoreImage(gcoreImage({ status }), 9, 76).status).toBe(expected);
  });

  it('keeps a null size and an unknown architecture as null', () => {
    const image = mapGcoreImage(gcoreImage({ size: null, architecture: 'riscv64' }), 9, 76);
    expect(image.sizeBytes).toBeNull();
    expect(image.architecture).toBeNull();
  });
});

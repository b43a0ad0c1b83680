import { describe, expect, it } from 'vitest';
import { mapCivoImage } from '../../src/providers/civo/mapping.js';
import { readCivoImage, readCivoImages, readCivoRegions } from '../../src/providers/civo/read.js';
import { mapGcoreImage } from '../../src/providers/gcore/mapping.js';
import {
  readGcoreImage,
  readGcoreImagePage,
  readGcoreProjectPage,
  readGcoreRegionPage,
} from '../../src/providers/gcore/read.js';
import { createDriftLog } from '../../src/upstream/drift-log.js';
import type { DriftProblem } from '../../src/upstream/tolerant-read.js';

/**
 * Bodies shaped exactly like the official SDKs' models and test fixtures, version by version:
 * civogo (disk_image.go, region.go and their _test.go fixtures), gcore-python (Stainless
 * types/cloud/instances/image.py, baremetal/baremetal_image.py, region.py, project.py and their
 * git history) and gcorelabscloud-go (the older SDK behind terraform-provider-gcore: the
 * images/regions/projects testing/fixtures.go). Each must read without losing an item.
 */

function recorder() {
  const seen: string[] = [];
  const report = (object: string, field: string, problem: DriftProblem) => seen.push(`${object}.${field} ${problem}`);
  return { seen, report };
}

const page = (results: unknown[]) => ({ count: results.length, results });

describe('Civo bodies shaped like civogo’s models and fixtures', () => {
  it('reads the full 2025-04 DiskImage (TestGetDiskImage) without drift', () => {
    const { seen, report } = recorder();
    const raw = readCivoImage(
      {
        id: 'b82168fe-66f6-4b38-a3b8-5283542d5475',
        name: 'centos-7',
        version: '7',
        state: 'available',
        initial_user: 'centos',
        distribution: 'centos',
        os: 'linux',
        description: 'CentOS 7 disk image',
        label: 'centos',
        disk_image_url: 'https://example.com/centos-7.img',
        disk_image_size_bytes: 1073741824,
        logo_url: 'https://example.com/centos-logo.png',
        created_at: '2023-01-01T00:00:00Z',
        created_by: 'system',
        distribution_default: true,
      },
      report,
    );
    expect(seen).toEqual([]);
    expect(mapCivoImage(raw, 'lon1')).toMatchObject({
      status: 'AVAILABLE',
      osType: 'LINUX',
      architecture: 'X86_64',
      visibility: 'PUBLIC',
      sizeBytes: 1073741824,
      createdAt: new Date('2023-01-01T00:00:00Z'),
      distribution: 'centos',
      version: '7',
    });
    expect(raw.distribution_default).toBe(true);
  });

  it('reads Go zero values (TestListDiskImages) as unknown, not as data', () => {
    const { seen, report } = recorder();
    const zeroed = (id: string, name: string, version: string, distribution: string) => ({
      id,
      name,
      version,
      state: 'available',
      initial_user: '',
      distribution,
      os: '',
      description: '',
      label: '',
      disk_image_url: '',
      disk_image_size_bytes: 0,
      logo_url: '',
      created_at: '0001-01-01T00:00:00Z',
      created_by: '',
      distribution_default: false,
    });
    const images = readCivoImages(
      [
        zeroed('4204229c-510c-4ba4-ab07-522e2aaa2cf8', 'debian-10', '10', 'debian'),
        zeroed('cddce6c9-f84e-4e4f-ab8d-7a33cab85158', 'debian-9', '9', 'debian'),
        zeroed('c3b28d45-c161-4abc-bdda-4facac38f2b1', 'ubuntu-bionic', '18.04', 'ubuntu'),
      ],
      report,
    );
    expect(seen).toEqual([]);
    expect(images).toHaveLength(3);
    for (const image of images.map((raw) => mapCivoImage(raw, 'LON1'))) {
      expect(image).toMatchObject({ status: 'AVAILABLE', osType: 'LINUX', visibility: 'PUBLIC', createdAt: null });
      expect(image.sizeBytes).toBeNull();
      expect(image.description).toBeNull();
    }
  });

  it('reads the pre-2025 list with talos, civo-k3s and a null-version k3s image, all kept', () => {
    const { seen, report } = recorder();
    const old = (id: string, name: string, version: string | null, distribution: string | null) => ({
      id,
      name,
      version,
      state: 'available',
      distribution,
      description: null,
      label: null,
    });
    const images = readCivoImages(
      [
        old('ed8a0ad5-5fe3-4ec7-9864-d54c894b8845', 'talos-v1.5.0', 'v1.5.0', 'talos'),
        old('ed8a0ad5-5fe3-4ec7-9864-d54c894b8841', '1.20.0-k3s1', '1.20.0-k3s1', 'civo-k3s'),
        old('f3931c6d-066a-4210-8d33-d24fc43220ec', '1.20.0-k3s2', null, null),
        old('22552dcf-aea3-4403-ae62-93651932bbd7', 'centos-7', '7', 'centos'),
        old('8eb48e20-e5db-49fe-9cdf-cc8f381c61c6', 'ubuntu-focal', '20.04', 'ubuntu'),
      ],
      report,
    ).map((raw) => mapCivoImage(raw, 'lon1'));
    expect(images.map((image) => [image.name, image.version, image.osType])).toEqual([
      ['talos-v1.5.0', 'v1.5.0', 'LINUX'],
      ['1.20.0-k3s1', '1.20.0-k3s1', 'LINUX'],
      ['1.20.0-k3s2', null, null],
      ['centos-7', '7', 'LINUX'],
      ['ubuntu-focal', '20.04', 'LINUX'],
    ]);
    // Only the k3s image's nulls are drift; null description/label are the documented contract.
    expect([...new Set(seen)].sort()).toEqual(['disk_image.distribution missing', 'disk_image.version missing']);
  });

  it('reads Go-cased keys as encoding/json does (TestGetDiskImageByName, instance_test.go)', () => {
    const { report } = recorder();
    const images = readCivoImages(
      [
        {
          ID: '329d473e-f110-4852-b2fa-fe65aa6bff4a',
          Name: 'ubuntu-bionic',
          Version: '18.04',
          State: 'available',
          Distribution: 'ubuntu',
          Description: '',
          Label: 'bionic',
        },
        {
          ID: '77bea4dd-bfd4-492c-823d-f92eb6dd962d',
          Name: 'ubuntu-focal',
          Version: '20.04',
          State: 'available',
          Distribution: 'ubuntu',
          Description: '',
          Label: 'focal',
        },
      ],
      report,
    );
    expect(images.map((image) => [image.id, image.name, image.version, image.label])).toEqual([
      ['329d473e-f110-4852-b2fa-fe65aa6bff4a', 'ubuntu-bionic', '18.04', 'bionic'],
      ['77bea4dd-bfd4-492c-823d-f92eb6dd962d', 'ubuntu-focal', '20.04', 'focal'],
    ]);
    // An exact key still wins over a differently-cased one.
    const [exact] = readCivoImages([{ id: 'a', ID: 'b', name: 'n' }], report);
    expect(exact!.id).toBe('a');
  });

  it('reads civogo’s region fixture: only {iaas, kubernetes}, `default` only on the default region', () => {
    const { seen, report } = recorder();
    const regions = readCivoRegions(
      [
        {
          code: 'NYC1',
          name: 'New York 1',
          type: 'civostack',
          out_of_capacity: false,
          country: 'us',
          country_name: 'United States',
          features: { iaas: false, kubernetes: true },
        },
        {
          code: 'SVG1',
          name: 'Stevenage 1',
          default: true,
          type: 'openstack',
          out_of_capacity: true,
          country: 'uk',
          country_name: 'United Kingdom',
          features: { iaas: true, kubernetes: true },
        },
      ],
      report,
    );
    expect(
      regions.map((region) => [region.code, region.default, region.features?.iaas, region.out_of_capacity]),
    ).toEqual([
      ['NYC1', false, false, false],
      ['SVG1', true, true, true],
    ]);
    // A region that is not the default leaves `default` out: that is no drift.
    expect(seen.filter((line) => line.startsWith('region.default'))).toEqual([]);
  });

  it('reads the 2023 `load_balancer` spelling and ignores unknown features such as `kfaas`', () => {
    const { report } = recorder();
    const [region] = readCivoRegions(
      [{ code: 'lon1', features: { iaas: true, kubernetes: true, load_balancer: true, kfaas: true, gpu: false } }],
      report,
    );
    expect(region!.features).toMatchObject({ loadbalancer: true, gpu: false, iaas: true });
    expect(region!.features).not.toHaveProperty('kfaas');
  });
});

/** gcore-python's Image as of 2026-07 (instances/image.py), with include_prices=true. */
const GCORE_IMAGE_2026_07 = {
  id: 'f3847215-e6d0-4f43-a8b9-a3cd8a0b4e2c',
  architecture: 'x86_64',
  created_at: '2024-05-05T14:51:26.570866',
  creator_task_id: null,
  currency_code: 'EUR',
  description: null,
  disk_format: 'raw',
  display_order: 10,
  gpu_driver: null,
  gpu_driver_type: null,
  gpu_driver_version: null,
  hw_firmware_type: 'uefi',
  hw_machine_type: 'i440',
  is_baremetal: false,
  min_disk: 3,
  min_ram: 0,
  name: 'ubuntu-22.04-x64',
  os_distro: 'ubuntu',
  os_type: 'linux',
  os_version: '22.04',
  price_per_hour: 0,
  price_per_month: 0,
  price_status: 'show',
  project_id: 1,
  region: 'Luxembourg-2',
  region_id: 76,
  size: 7516192768,
  ssh_key: 'allow',
  status: 'active',
  tags_v2: [{ key: 'os', value: 'ubuntu', read_only: true }],
  task_id: null,
  updated_at: '2026-05-31T10:00:00+00:00',
  visibility: 'public',
};

describe('Gcore image bodies shaped like gcore-python’s models, version by version', () => {
  it('reads the 2026-07 model with prices, without drift', () => {
    const { seen, report } = recorder();
    const { items } = readGcoreImagePage(page([GCORE_IMAGE_2026_07]), report);
    expect(seen).toEqual([]);
    const image = mapGcoreImage(items[0]!, 1, 76);
    expect(image).toMatchObject({
      architecture: 'X86_64',
      osType: 'LINUX',
      status: 'AVAILABLE',
      visibility: 'PUBLIC',
      sizeBytes: 7516192768,
      minDiskGb: 3,
      minRamMb: 0,
      createdAt: new Date('2024-05-05T14:51:26.570Z'),
      gpu: false,
      baremetal: false,
    });
    expect(items[0]).toMatchObject({
      price_per_hour: 0,
      price_status: 'show',
      currency_code: 'EUR',
      hw_machine_type: 'i440',
    });
    expect(items[0]!.tags).toEqual([{ key: 'os', value: 'ubuntu', read_only: true }]);
  });

  it('reads the 2025-11 model: `tags`, no architecture/is_baremetal, `pc` machine type, no price keys', () => {
    const { seen, report } = recorder();
    const {
      architecture: _architecture,
      is_baremetal: _isBaremetal,
      tags_v2,
      currency_code: _c,
      price_per_hour: _h,
      price_per_month: _m,
      price_status: _s,
      ...rest
    } = GCORE_IMAGE_2026_07;
    const gpuImage = {
      ...rest,
      id: 'a1b2c3d4-0000-4000-8000-000000000001',
      name: 'ubuntu-22.04-x64-nvidia-h100-eni',
      hw_machine_type: 'pc',
      gpu_driver: 'nvidia',
      gpu_driver_type: 'cuda',
      gpu_driver_version: '535',
      tags: tags_v2,
    };
    const { items } = readGcoreImagePage(page([{ ...rest, tags: tags_v2, hw_machine_type: 'pc' }, gpuImage]), report);
    expect(items).toHaveLength(2);
    const [plain, gpu] = items.map((raw) => mapGcoreImage(raw, 1, 76));
    expect(plain).toMatchObject({ architecture: null, baremetal: false, gpu: false, status: 'AVAILABLE' });
    expect(gpu).toMatchObject({ gpu: true, architecture: null });
    expect(items[0]!.tags).toEqual([{ key: 'os', value: 'ubuntu', read_only: true }]);
    expect(items[0]!.price_status).toBeNull();
    // `architecture` was optional then: reported (it is required now), nothing else.
    expect([...new Set(seen)]).toEqual(['image.architecture missing']);
  });

  it('reads the bare-metal model, whose `is_baremetal` is optional, as bare metal', () => {
    const { seen, report } = recorder();
    const { is_baremetal: _omitted, ...bm } = GCORE_IMAGE_2026_07;
    const raw = readGcoreImage({ ...bm, name: 'ubuntu-22.04-x64-ironic', architecture: 'aarch64' }, report);
    expect(seen).toEqual([]);
    expect(mapGcoreImage(raw, 1, 76, { baremetal: true })).toMatchObject({ baremetal: true, architecture: 'ARM64' });
  });

  it('reads gcorelabscloud-go’s image fixture: Glance `tags: []`, `metadata_detailed`, +0000 times', () => {
    const { report } = recorder();
    const { items } = readGcoreImagePage(
      page([
        {
          id: '4a44e5a2-e7ba-41b8-bf78-ddfa2e22974b',
          project_id: 1,
          min_ram: 0,
          region_id: 1,
          visibility: 'public',
          os_distro: 'fedora-coreos',
          tags: [],
          updated_at: '2020-03-09T10:16:54+0000',
          size: 1685454848,
          task_id: null,
          region: 'RegionOne',
          created_at: '2020-03-09T10:16:45+0000',
          disk_format: 'qcow2',
          min_disk: 0,
          name: 'fedora-coreos',
          status: 'active',
          metadata_detailed: [{ key: 'some_key', value: 'some_val', read_only: false }],
          metadata: { some_key: 'some_val' },
        },
      ]),
      report,
    );
    const image = mapGcoreImage(items[0]!, 1, 1);
    expect(image).toMatchObject({
      name: 'fedora-coreos',
      distribution: 'fedora-coreos',
      version: null,
      osType: null,
      sizeBytes: 1685454848,
      createdAt: new Date('2020-03-09T10:16:45Z'),
    });
    expect(items[0]!.tags).toEqual([{ key: 'some_key', value: 'some_val', read_only: false }]);
  });

  it('reads Glance statuses the mapping knows without calling them unknown', () => {
    const { seen, report } = recorder();
    const { items } = readGcoreImagePage(
      page([
        { ...GCORE_IMAGE_2026_07, id: 'i1', status: 'importing' },
        { ...GCORE_IMAGE_2026_07, id: 'i2', status: 'uploading' },
      ]),
      report,
    );
    expect(items.map((raw) => mapGcoreImage(raw, 1, 76).status)).toEqual(['PENDING', 'PENDING']);
    expect(seen).toEqual([]);
  });

  it('reports a mistyped `tags` without reading it as anything', () => {
    const { seen, report } = recorder();
    const { tags_v2: _t, ...rest } = GCORE_IMAGE_2026_07;
    const { items } = readGcoreImagePage(page([{ ...rest, tags: 'true' }]), report);
    expect(items[0]!.tags).toEqual([]);
    expect(seen).toEqual(['image.tags wrong type']);
  });
});

describe('Gcore regions and projects shaped like the SDK models, version by version', () => {
  const region2026 = {
    id: 76,
    access_level: 'core',
    available_volume_types: ['standard', 'ssd_hiiops', 'cold'],
    coordinates: { latitude: '49.6116', longitude: '6.1319' },
    country: 'LU',
    created_at: '2020-04-10T11:37:58.441000',
    created_on: '2020-04-10T11:37:58.441000',
    display_name: 'Luxembourg-2',
    endpoint_type: 'public',
    external_network_id: '0521f854-8e34-4e67-8827-2aeb27fb3872',
    file_share_types: ['standard', 'vast'],
    has_ai: false,
    has_ai_gpu: false,
    has_baremetal: true,
    has_basic_vm: true,
    has_dbaas: true,
    has_ddos: true,
    has_k8s: true,
    has_kvm: true,
    has_sfs: true,
    keystone_id: 14,
    keystone_name: 'Luxembourg-2',
    metrics_database_id: 1,
    slug: 'luxembourg-2',
    state: 'ACTIVE',
    task_id: null,
    vlan_physical_network: 'physnet1',
    zone: 'EMEA',
    ddos_endpoint_id: null,
  };

  it('reads the 2026-04 region model (string coordinates, every newer key) without drift', () => {
    const { seen, report } = recorder();
    const { items } = readGcoreRegionPage(page([region2026]), report);
    expect(seen).toEqual([]);
    expect(items[0]).toMatchObject({
      id: 76,
      slug: 'luxembourg-2',
      zone: 'EMEA',
      coordinates: { latitude: 49.6116, longitude: 6.1319 },
      keystone_id: 14,
      state: 'ACTIVE',
    });
  });

  it('reads the 2025-04 region model (number coordinates, no slug, no country)', () => {
    const { report } = recorder();
    const { slug: _slug, country: _country, ...older } = region2026;
    const { items } = readGcoreRegionPage(
      page([{ ...older, coordinates: { latitude: 49.6116, longitude: 6.1319 }, zone: null }]),
      report,
    );
    expect(items[0]).toMatchObject({ slug: null, country: null, zone: null, coordinates: { latitude: 49.6116 } });
  });

  it('reads gcorelabscloud-go’s region fixture: only `created_on`, a nested keystone object', () => {
    const { report } = recorder();
    const { items } = readGcoreRegionPage(
      page([
        {
          display_name: 'ED-10',
          created_on: '2020-04-10T11:37:58',
          keystone_id: 1,
          id: 1,
          keystone: { created_on: '2020-04-10T11:37:58', id: 1, state: 'NEW', url: 'https://ed-10.example:5000/v3' },
          state: 'ACTIVE',
          task_id: null,
          external_network_id: '0521f854-8e34-4e67-8827-2aeb27fb3872',
          spice_proxy_url: 'https://ed-10.example:6062',
          endpoint_type: 'public',
          keystone_name: 'ED-10',
        },
      ]),
      report,
    );
    expect(items[0]).toMatchObject({ id: 1, display_name: 'ED-10', coordinates: null, has_basic_vm: null });
    // The deprecated twin is the creation time older deployments send.
    expect(items[0]!.created_at).toBe('2020-04-10T11:37:58');
  });

  it('reads the current project model and gcorelabscloud-go’s (no is_default, empty description)', () => {
    const { seen, report } = recorder();
    const { items } = readGcoreProjectPage(
      page([
        {
          id: 1,
          client_id: 7,
          created_at: '2020-04-10T11:37:57',
          deleted_at: null,
          description: null,
          is_default: true,
          name: 'default',
          state: 'ACTIVE',
          task_id: null,
        },
        { id: 2, state: 'ACTIVE', created_at: '2020-04-10T11:37:57', description: '', client_id: 1, name: 'old' },
      ]),
      report,
    );
    expect(items.map((project) => [project.id, project.is_default, project.name])).toEqual([
      [1, true, 'default'],
      [2, false, 'old'],
    ]);
    expect(seen).toEqual(['project.is_default missing']);
  });
});

describe('no upstream value reaches the drift log', () => {
  it('names only objects and fields, whatever the values', () => {
    const lines: string[] = [];
    const log = createDriftLog((line) => lines.push(line));
    const civo = log.reporterFor('CIVO');
    const gcore = log.reporterFor('GCORE');
    const V = 'LEAK-9f2c';
    readCivoImages(
      [
        { id: `${V}-1`, name: V, version: { v: V }, state: [V], distribution: 7, os: true, created_at: { t: V } },
        { name: V },
        { ID: `${V}-2`, NAME: V, DISK_IMAGE_SIZE_BYTES: V },
      ],
      civo,
    );
    readCivoRegions([{ code: V, features: { iaas: V, kubernetes: { V } }, default: V }, { name: V }], civo);
    readGcoreImagePage(
      {
        count: V,
        results: [
          { ...GCORE_IMAGE_2026_07, status: V, visibility: V, architecture: V, size: V, tags_v2: V, min_ram: [V] },
          { ...GCORE_IMAGE_2026_07, tags_v2: [{ key: V, value: { V } }, { V }, 3] },
          { id: V },
        ],
      },
      gcore,
    );
    readGcoreRegionPage(
      page([{ id: 5, state: V, zone: V, coordinates: { latitude: V, longitude: V }, keystone_id: V }, { id: V }]),
      gcore,
    );
    expect(lines.length).toBeGreaterThan(10);
    for (const line of lines) {
      expect(line).not.toContain(V);
      expect(line).toMatch(
        /^upstream drift \((CIVO|GCORE)\): ([a-z0-9_.]+: (missing|wrong type|unknown value)|an unreadable [a-z_]+ was skipped); read on/,
      );
    }
  });
});

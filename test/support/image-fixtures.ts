import type { CivoImage } from '../../src/providers/civo/model.js';
import type { GcoreImage } from '../../src/providers/gcore/model.js';
import { mapCivoImage } from '../../src/providers/civo/mapping.js';
import { readCivoImage } from '../../src/providers/civo/read.js';
import type { GcoreApiImage } from '../../src/providers/gcore/api-types.js';
import { mapGcoreImage } from '../../src/providers/gcore/mapping.js';
import { readGcoreImage } from '../../src/providers/gcore/read.js';

/** Fixtures are wire objects read by the real reader; drift in them is not under test here. */
const ignoreDrift = () => undefined;

/** Builds normalised images through the real mappers, for catalog unit tests. */
export function civo(
  name: string,
  version: string,
  region = 'LON1',
  extra: { id?: string; created?: string; distribution?: string; createdBy?: string; state?: string } = {},
): CivoImage {
  return mapCivoImage(
    readCivoImage(
      {
        id: extra.id ?? `${region}-${name}`,
        name,
        version,
        state: extra.state ?? 'available',
        distribution: extra.distribution ?? name.split('-')[0]!,
        description: null,
        label: null,
        ...(extra.created ? { created_at: extra.created } : {}),
        ...(extra.createdBy ? { created_by: extra.createdBy } : {}),
      },
      ignoreDrift,
    ),
    region,
  );
}

export function gcore(name: string, overrides: Partial<GcoreApiImage> = {}, projectId = 1, regionId = 76): GcoreImage {
  const [distro = 'ubuntu', version = '22.04'] = name.split('-');
  return mapGcoreImage(
    readGcoreImage(
      {
        id: `${projectId}-${regionId}-${name}`,
        name,
        description: null,
        status: 'active',
        visibility: 'public',
        min_disk: 5,
        min_ram: 1024,
        os_distro: distro,
        os_version: version,
        os_type: 'linux',
        architecture: name.includes('arm64') ? 'aarch64' : 'x86_64',
        disk_format: 'qcow2',
        size: null,
        display_order: null,
        ssh_key: 'allow',
        hw_firmware_type: null,
        hw_machine_type: null,
        is_baremetal: false,
        gpu_driver: null,
        gpu_driver_type: null,
        gpu_driver_version: null,
        project_id: projectId,
        region: 'Luxembourg-2',
        region_id: regionId,
        created_at: '2024-01-01T00:00:00',
        updated_at: '2024-01-01T00:00:00',
        creator_task_id: null,
        task_id: null,
        tags: [],
        tags_v2: [],
        currency_code: null,
        price_per_hour: null,
        price_per_month: null,
        price_status: null,
        ...overrides,
      },
      ignoreDrift,
    ),
    projectId,
    regionId,
  );
}

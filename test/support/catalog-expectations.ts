import { civoImagesByRegion, civoRegions } from '../../src/providers/civo/emulator/catalog.js';
import { gcoreImages, gcoreProjects, gcoreRegions } from '../../src/providers/gcore/emulator/catalog.js';

/**
 * The emulator's whole catalog as flat rows, straight from its data (not through our mapping),
 * so search tests compute what a search should return independently of the code under test.
 */
export interface CatalogRow {
  provider: 'CIVO' | 'GCORE';
  region: string;
  projectId: number | null;
  id: string;
  name: string;
  distribution: string;
  version: string;
  arch: 'x86_64' | 'aarch64';
  available: boolean;
  visibility: 'PUBLIC' | 'PRIVATE' | 'SHARED' | 'CUSTOM';
  created: string | undefined;
}

export const activeGcoreRegions = gcoreRegions.filter((region) => region.state === 'ACTIVE');

export function catalogRows(): CatalogRow[] {
  const civo = civoRegions.flatMap((region) =>
    civoImagesByRegion(region.code).map((image): CatalogRow => ({
      provider: 'CIVO',
      region: region.code.toUpperCase(),
      projectId: null,
      id: image.id,
      name: image.name,
      distribution: image.distribution.toLowerCase(),
      version: image.version,
      arch: 'x86_64',
      available: image.state === 'available',
      visibility: image.created_by ? 'CUSTOM' : 'PUBLIC',
      created: image.created_at,
    })),
  );
  const gcore = gcoreProjects.flatMap((project) =>
    activeGcoreRegions.flatMap((region) =>
      gcoreImages(project.id, region.id).map((image): CatalogRow => ({
        provider: 'GCORE',
        region: String(region.id),
        projectId: project.id,
        id: image.id,
        name: image.name,
        distribution: image.os_distro.toLowerCase(),
        version: image.os_version,
        arch: image.architecture as 'x86_64' | 'aarch64',
        available: image.status === 'active',
        visibility: image.visibility.toUpperCase() as CatalogRow['visibility'],
        created: image.created_at,
      })),
    ),
  );
  return [...civo, ...gcore];
}

export const partitionCount = civoRegions.length + gcoreProjects.length * activeGcoreRegions.length;

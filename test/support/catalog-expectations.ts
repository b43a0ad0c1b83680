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

/** Projects in configured order: the default one first (what GCORE_PROJECT_IDS unset means). */
export const gcoreProjectsInOrder = [
  ...gcoreProjects.filter((project) => project.is_default),
  ...gcoreProjects.filter((project) => !project.is_default),
];

/** A partition of the emulator: a Civo region, or a Gcore project × region. */
export type PartitionSpec =
  { provider: 'CIVO'; region: string } | { provider: 'GCORE'; projectId: number; region: string };

/**
 * Every row of every default partition as each listing has it: a Gcore public image appears
 * once per project (same id), as the upstream lists it.
 */
export function partitionRows(): CatalogRow[] {
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
  const gcore = gcoreProjectsInOrder.flatMap((project) =>
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

/**
 * What a search over every partition returns: one row per (provider, region, id), the copy of
 * the first project in configured order that answered. `without`: partitions that failed.
 */
export function catalogRows(options: { without?: PartitionSpec[] } = {}): CatalogRow[] {
  const failed = (row: CatalogRow) =>
    (options.without ?? []).some(
      (partition) =>
        partition.provider === row.provider &&
        partition.region === row.region &&
        (partition.provider === 'CIVO' || partition.projectId === row.projectId),
    );
  const rows = new Map<string, CatalogRow>();
  for (const row of partitionRows()) {
    const key = `${row.provider}:${row.region}:${row.id}`;
    if (!failed(row) && !rows.has(key)) rows.set(key, row);
  }
  return [...rows.values()];
}

/** Partitions (coverage counts these): Civo regions, Gcore projects × ACTIVE regions. */
export const partitionCount = civoRegions.length + gcoreProjects.length * activeGcoreRegions.length;

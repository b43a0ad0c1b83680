import { distinct, notListed, type Plan, type ProviderCatalog } from '../../catalog/provider-catalog.js';
import type { GcoreImage } from './model.js';
import type { CatalogPartition } from '../../catalog/partitions.js';
import { mapGcoreRegion } from './mapping.js';
import { requireGcore } from './scope.js';
import type { GcoreDirectory } from './directory.js';
import type { GcoreRegionRecord } from './read.js';

/** Gcore for the catalog: a partition is a project × region (and `bmimages` for bare metal). */
export const gcoreCatalog: ProviderCatalog<GcoreImage> = {
  // Gcore has no CUSTOM images (a Civo notion).
  canMatch: (filter) => !filter.visibility || filter.visibility.some((visibility) => visibility !== 'CUSTOM'),

  namedBy: (filter) => filter.gcoreProjectIds !== undefined,

  // Its projects are asked per the filter already; this keeps the answer to them whatever lists it.
  matches: (image, filter) =>
    !filter.gcoreProjectIds || (image.projectId !== null && filter.gcoreProjectIds.includes(image.projectId)),

  async plan(context, filter, named) {
    const { directory } = requireGcore(context);
    const [projectIds, regionIds, listedRegions, listedProjects] = await Promise.all([
      filter.gcoreProjectIds ? inConfiguredOrder(filter.gcoreProjectIds, directory) : directory.configuredProjectIds(),
      named ? named.map(Number) : directory.configuredRegionIds(),
      // Discovery (cached) says which regions and projects exist and which regions have bare
      // metal. Images answer their `region` from the region list, so without it this provider's
      // part fails here (as Civo's does); without the project list every project is asked.
      directory.regions().then((all) => new Map(all.map((region) => [region.id, region]))),
      directory.projects().then(
        (all) => new Set(all.map((project) => project.id)),
        () => null,
      ),
    ]);
    const plan: Plan = { partitions: [], failed: [] };
    // A project or region discovery does not list is one failure, not one per partition it
    // would have made: asking it would only cost calls that answer "not found".
    const projects = distinct(projectIds).filter((projectId) => {
      if (!listedProjects || listedProjects.has(projectId)) return true;
      const error = notListed('Gcore', `project ${projectId}`, 'GET /cloud/v1/projects', {
        provider: 'gcore',
        projectId,
      });
      plan.failed.push({ provider: 'GCORE', region: null, projectId, error });
      return false;
    });
    const regions = distinct(regionIds).filter((regionId) => {
      if (listedRegions.has(regionId)) return true;
      const error = notListed('Gcore', `region ${regionId}`, 'GET /cloud/v1/regions', { provider: 'gcore', regionId });
      plan.failed.push({ provider: 'GCORE', region: String(regionId), projectId: null, error });
      return false;
    });
    for (const projectId of projects) {
      for (const regionId of regions) {
        // No bare metal there, so no bare-metal image: nothing to ask, nothing missing.
        if (filter.baremetal && listedRegions.get(regionId)?.has_baremetal === false) continue;
        plan.partitions.push(gcorePartition(projectId, regionId));
      }
    }
    return plan;
  },

  list: (context, partition, filter) =>
    requireGcore(context).loaders.images(partition.projectId!, Number(partition.region), {
      baremetal: filter.baremetal ?? false,
    }),

  async regionOf(context, image) {
    const { regionId, raw: own } = image;
    const regions = await requireGcore(context).directory.regions();
    const raw = regions.find((region) => region.id === regionId);
    // A region the list lacks is still the image's region, known by its id and the image's `region`.
    return mapGcoreRegion(raw ?? regionKnownOnlyBy(regionId, own.region));
  },
};

/** A Gcore partition: a project × region. */
export function gcorePartition(projectId: number, regionId: number): CatalogPartition {
  return { provider: 'GCORE', region: String(regionId), projectId };
}

/**
 * Project ids a filter names, in configured order (the default project first), then any
 * others as given: the copy of a public image kept is then the same as without the filter.
 */
async function inConfiguredOrder(projectIds: number[], directory: GcoreDirectory): Promise<number[]> {
  if (projectIds.length < 2) return projectIds;
  const configured = await directory.configuredProjectIds().catch((): number[] => []);
  const rank = (id: number) => {
    const index = configured.indexOf(id);
    return index === -1 ? configured.length : index;
  };
  return [...projectIds].sort((a, b) => rank(a) - rank(b));
}

function regionKnownOnlyBy(id: number, displayName: string | null): GcoreRegionRecord {
  const unknown = null;
  return {
    id,
    display_name: displayName,
    slug: unknown,
    keystone_name: unknown,
    keystone_id: unknown,
    state: unknown,
    country: unknown,
    zone: unknown,
    access_level: unknown,
    endpoint_type: unknown,
    has_basic_vm: unknown,
    has_baremetal: unknown,
    has_k8s: unknown,
    has_kvm: unknown,
    has_ai: unknown,
    has_ai_gpu: unknown,
    coordinates: unknown,
    created_at: unknown,
  };
}

import { distinct, notListed, type Plan, type ProviderCatalog } from '../../catalog/provider-catalog.js';
import type { CivoImage } from './model.js';
import { mapCivoRegion } from './mapping.js';
import { failureOf, type CatalogPartition } from '../../catalog/partitions.js';
import { requireCivo } from './scope.js';
import type { CivoRegionRecord } from './read.js';

/** Civo for the catalog: a partition is a region; no bare metal; PUBLIC and CUSTOM images only. */
export const civoCatalog: ProviderCatalog<CivoImage> = {
  canMatch: (filter) =>
    !filter.baremetal &&
    (!filter.visibility || filter.visibility.some((visibility) => visibility === 'PUBLIC' || visibility === 'CUSTOM')),

  namedBy: () => false,

  async plan(context, _filter, named) {
    const { directory } = requireCivo(context);
    const regions = named ?? (await directory.configuredRegions());
    // Discovery (cached) says which regions exist. It is needed even for regions named outright:
    // every image answers its `region` from it, so without it this provider's part fails here,
    // as one coded failure, instead of nulling the whole answer when `region` is selected.
    const listed = new Set((await directory.regions()).map((region) => region.code.toUpperCase()));
    const plan: Plan = { partitions: [], failed: [] };
    for (const region of distinct(regions)) {
      const partition = civoPartition(region);
      if (listed.has(region)) plan.partitions.push(partition);
      else {
        const error = notListed('Civo', `region ${region}`, 'GET /v2/regions', { provider: 'civo', region });
        plan.failed.push(failureOf(partition, error));
      }
    }
    return plan;
  },

  list: (context, partition) => requireCivo(context).loaders.images(partition.region),

  async regionOf(context, image) {
    const { regionCode } = image;
    const regions = await requireCivo(context).directory.regions();
    const raw = regions.find((region) => region.code.toUpperCase() === regionCode);
    // A region the list lacks is still the image's region, known by its code.
    return mapCivoRegion(raw ?? regionKnownOnlyBy(regionCode));
  },
};

/** A Civo partition: a region. */
export function civoPartition(region: string): CatalogPartition {
  return { provider: 'CIVO', region, projectId: null };
}

function regionKnownOnlyBy(code: string): CivoRegionRecord {
  return {
    code,
    name: null,
    type: null,
    out_of_capacity: null,
    country: null,
    country_name: null,
    features: null,
    default: false,
  };
}

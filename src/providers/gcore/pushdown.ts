import type { ImageFilter } from '../../catalog/image-filter.js';
import type { GcoreImageFilters } from './client.js';
import { toGcoreArchitecture, toGcoreVisibility } from './mapping.js';

/** How to list a Gcore partition for a search: which endpoint and which server-side filters. */
export interface GcoreListing {
  baremetal: boolean;
  filters: GcoreImageFilters;
}

/**
 * Pushes down what Gcore can evaluate exactly as we do: a single value per predicate
 * (its parameters take one value each), the name substring, and the bare-metal endpoint.
 * The service still applies the whole filter afterwards. null: no Gcore image can match.
 */
export function gcoreListingFor(filter: ImageFilter, { pushdown = true } = {}): GcoreListing | null {
  const filters: GcoreImageFilters = {};
  if (filter.visibility) {
    const visibilities = filter.visibility.map(toGcoreVisibility).filter((value) => value !== undefined);
    if (visibilities.length === 0) return null;
    if (visibilities.length === 1) filters.visibility = visibilities[0];
  }
  const listing: GcoreListing = { baremetal: filter.baremetal ?? false, filters: pushdown ? filters : {} };
  if (!pushdown) return listing;
  if (filter.nameContains !== undefined) filters.name = filter.nameContains;
  if (filter.distributions?.length === 1) filters.os_distro = filter.distributions[0];
  // A prefix (`22`) is not an exact os_version: push only a lone exact version.
  if (filter.versions?.length === 1 && !filter.versionPrefixes) filters.os_version = filter.versions[0];
  if (filter.architectures?.length === 1) filters.architecture = toGcoreArchitecture(filter.architectures[0]!);
  return listing;
}

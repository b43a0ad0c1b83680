import type { GcoreImage } from '../../catalog/disk-image.js';
import type { ListingAlgebra } from '../partition-listings.js';
import type { GcoreImageFilters } from './client.js';

/** One Gcore listing call covers a project × region on one endpoint (`images` or `bmimages`). */
export interface GcoreListingPartition {
  projectId: number;
  regionId: number;
  baremetal: boolean;
}

type FilterEntry = [keyof GcoreImageFilters, string | string[]];

/** Set filters only, sorted by name, list values sorted: equal filters, equal entries. */
function entriesOf(filters: GcoreImageFilters): FilterEntry[] {
  return (Object.entries(filters) as [keyof GcoreImageFilters, string | string[] | undefined][])
    .filter((entry): entry is FilterEntry => entry[1] !== undefined)
    .map(([key, value]): FilterEntry => [key, Array.isArray(value) ? [...value].sort() : value])
    .sort(([a], [b]) => a.localeCompare(b));
}

const sameValue = (a: string | string[] | undefined, b: string | string[] | undefined) =>
  JSON.stringify(a) === JSON.stringify(b);

/**
 * Gcore's list filters as the contract documents them, evaluated here when one listing
 * answers several filter sets: `name` a case-insensitive substring, `os_distro` exact (in
 * any case, as Gcore matches it), `os_version`, `architecture` and `visibility` exact, every
 * `tag_key` present, every `tag_key_value` pair equal. `private` changes which images Gcore
 * returns in ways the contract does not spell out, so a listing with it is never derived.
 */
export function matchesGcoreFilters(image: GcoreImage, filters: GcoreImageFilters): boolean {
  const { raw } = image;
  if (filters.private !== undefined) return false;
  if (filters.visibility !== undefined && raw.visibility !== filters.visibility) return false;
  if (filters.architecture !== undefined && raw.architecture !== filters.architecture) return false;
  if (filters.name !== undefined && !raw.name.toLowerCase().includes(filters.name.toLowerCase())) return false;
  if (filters.os_distro !== undefined && raw.os_distro?.toLowerCase() !== filters.os_distro.toLowerCase()) return false;
  if (filters.os_version !== undefined && raw.os_version !== filters.os_version) return false;
  const tags = raw.tags_v2 ?? raw.tags ?? [];
  if (filters.tag_key && !filters.tag_key.every((key) => tags.some((tag) => tag.key === key))) return false;
  if (filters.tag_key_value !== undefined) {
    const pairs = Object.entries(JSON.parse(filters.tag_key_value) as Record<string, string>);
    if (!pairs.every(([key, value]) => tags.some((tag) => tag.key === key && tag.value === value))) return false;
  }
  return true;
}

export const gcoreListingAlgebra: ListingAlgebra<GcoreListingPartition, GcoreImageFilters, GcoreImage> = {
  partitionKeyOf: ({ projectId, regionId, baremetal }) =>
    `${projectId}:${regionId}:${baremetal ? 'bmimages' : 'images'}`,
  keyOf: (filters) => JSON.stringify(entriesOf(filters)),
  // A listing covers another when every filter it was asked with is one the other has too.
  covers: (broad, narrow) => {
    if (narrow.private !== undefined || broad.private !== undefined)
      return gcoreListingAlgebra.keyOf(broad) === gcoreListingAlgebra.keyOf(narrow);
    const narrowed = Object.fromEntries(entriesOf(narrow));
    return entriesOf(broad).every(([key, value]) => sameValue(narrowed[key], value));
  },
  common: (queries) => {
    const [first = {}, ...rest] = queries;
    const shared = entriesOf(first).filter(([key, value]) =>
      rest.every((other) => sameValue(Object.fromEntries(entriesOf(other))[key], value)),
    );
    return Object.fromEntries(shared) as GcoreImageFilters;
  },
  matches: matchesGcoreFilters,
};

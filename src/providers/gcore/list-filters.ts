import type { Architecture, ImageVisibility } from '../../catalog/disk-image.js';
import type { GcoreImage } from './model.js';

/** The filters of `gcoreImages`: Gcore's own list parameters, visibility and architecture as normalised. */
export interface GcoreImageFilters {
  visibility?: ImageVisibility;
  /** Every one of these tag keys present. */
  tagKeys?: string[];
  /** Every one of these pairs present. */
  tagKeyValues?: { key: string; value: string }[];
  /** Case-insensitive substring. */
  name?: string;
  osDistro?: string;
  osVersion?: string;
  architecture?: Architecture;
}

/**
 * Gcore's list filters as the contract documents them, evaluated over the partition's plain
 * listing (which every lookup of the partition shares): `name` a case-insensitive substring,
 * `os_distro` exact in any case (as Gcore matches it), `os_version` exact, `architecture` and
 * `visibility` as normalised, every tag key present, every key = value pair equal.
 */
export function matchesGcoreFilters(image: GcoreImage, filters: GcoreImageFilters): boolean {
  const { raw } = image;
  // The normalised values, so a filter agrees with the fields it filters (`arm64` is ARM64 too).
  if (filters.visibility !== undefined && image.visibility !== filters.visibility) return false;
  if (filters.architecture !== undefined && image.architecture !== filters.architecture) return false;
  if (filters.name !== undefined && !raw.name.toLowerCase().includes(filters.name.toLowerCase())) return false;
  if (filters.osDistro !== undefined && raw.os_distro?.toLowerCase() !== filters.osDistro.toLowerCase()) return false;
  if (filters.osVersion !== undefined && raw.os_version !== filters.osVersion) return false;
  if (filters.tagKeys && !filters.tagKeys.every((key) => raw.tags.some((tag) => tag.key === key))) return false;
  if (filters.tagKeyValues) {
    const all = filters.tagKeyValues.every(({ key, value }) =>
      raw.tags.some((tag) => tag.key === key && tag.value === value),
    );
    if (!all) return false;
  }
  return true;
}

import type { Architecture, CloudProvider, DiskImage, ImageStatus, ImageVisibility, OsType } from './disk-image.js';
import type { RegionKey } from './regions.js';
import { versionHasPrefix } from './version.js';

/**
 * A cross-cloud image search, already validated and normalised (lower-case distributions,
 * upper-case region codes, statuses defaulted). Undefined means "no constraint".
 */
export interface ImageFilter {
  providers?: CloudProvider[];
  /** Regions by provider and code (Civo `LON1`, Gcore `76`). */
  regions?: RegionKey[];
  gcoreProjectIds?: number[];
  distributions?: string[];
  versions?: string[];
  versionPrefixes?: string[];
  architectures?: Architecture[];
  osTypes?: OsType[];
  statuses: ImageStatus[];
  nameContains?: string;
  visibility?: ImageVisibility[];
  gpu?: boolean;
  /** true: only bare-metal images (a separate Gcore listing); otherwise VM images. */
  baremetal?: boolean;
  /** The instance's memory: only images whose `min_ram` it satisfies. */
  minRamMb?: number;
  /** The instance's boot disk: only images whose `min_disk` it satisfies. */
  minDiskGb?: number;
}

export const DEFAULT_STATUSES: ImageStatus[] = ['AVAILABLE'];

/** The whole filter, applied here to each partition's plain listing. */
export function matchesFilter(image: DiskImage, filter: ImageFilter): boolean {
  const { providers, regions, distributions, versions, versionPrefixes, architectures, osTypes } = filter;
  if (providers && !providers.includes(image.provider)) return false;
  if (regions) {
    const code = image.regionCode;
    if (!regions.some((region) => region.provider === image.provider && region.code === code)) return false;
  }
  if (distributions && (image.distribution === null || !distributions.includes(image.distribution))) return false;
  if (versions || versionPrefixes) {
    const exact = versions?.includes(image.version ?? '\u0000') ?? false;
    const prefixed = versionPrefixes?.some((prefix) => versionHasPrefix(image.version, prefix)) ?? false;
    if (!exact && !prefixed) return false;
  }
  if (architectures && (image.architecture === null || !architectures.includes(image.architecture))) return false;
  if (osTypes && (image.osType === null || !osTypes.includes(image.osType))) return false;
  if (!filter.statuses.includes(image.status)) return false;
  if (filter.nameContains !== undefined && !image.name.toLowerCase().includes(filter.nameContains.toLowerCase()))
    return false;
  if (filter.visibility && !filter.visibility.includes(image.visibility)) return false;
  if (filter.gpu !== undefined && image.gpu !== filter.gpu) return false;
  if (image.baremetal !== (filter.baremetal ?? false)) return false;
  if (filter.minRamMb !== undefined && image.minRamMb !== null && image.minRamMb > filter.minRamMb) return false;
  if (filter.minDiskGb !== undefined && image.minDiskGb !== null && image.minDiskGb > filter.minDiskGb) return false;
  return true;
}

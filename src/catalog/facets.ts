import type { CloudProvider, DiskImage } from './disk-image.js';
import { compareVersions } from './version.js';
import { byNaturalText } from './natural-order.js';

export interface FacetCount {
  /** null counts the images for which the value is unknown, so every facet adds up to the total. */
  value: string | null;
  count: number;
}

export interface Facets {
  distributions: FacetCount[];
  versions: FacetCount[];
  architectures: FacetCount[];
  osTypes: FacetCount[];
  providers: FacetCount[];
  regions: FacetCount[];
  /** Per region as `{provider, code}`: two clouds' regions never merge, whatever their codes. */
  providerRegions: RegionFacetCount[];
}

export interface RegionFacetCount {
  provider: CloudProvider;
  code: string;
  count: number;
}

/** Counts per value over the filtered set, most frequent first, ties in natural order (versions: newest first). */
export function computeFacets(images: DiskImage[]): Facets {
  return {
    distributions: countBy(images, (image) => image.distribution),
    versions: countBy(
      images,
      (image) => image.version,
      (a, b) => compareVersions(b.value, a.value),
    ),
    architectures: countBy(images, (image) => image.architecture),
    osTypes: countBy(images, (image) => image.osType),
    providers: countBy(images, (image) => image.provider),
    regions: countBy(images, (image) => image.regionCode),
    providerRegions: countBy(images, (image) => `${image.provider}:${image.regionCode}`).map(({ value, count }) => {
      const separator = value!.indexOf(':');
      return { provider: value!.slice(0, separator) as CloudProvider, code: value!.slice(separator + 1), count };
    }),
  };
}

function countBy(
  images: DiskImage[],
  valueOf: (image: DiskImage) => string | null,
  order?: (a: FacetCount, b: FacetCount) => number,
): FacetCount[] {
  const counts = new Map<string | null, number>();
  for (const image of images) {
    const value = valueOf(image);
    counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  const facets = [...counts].map(([value, count]) => ({ value, count }));
  return facets.sort(order ?? ((a, b) => b.count - a.count || byValue(a.value, b.value)));
}

/** Ties in natural order, as regions sort elsewhere (`76` before `196`, `LON1` before `LON10`); unknown last. */
function byValue(a: string | null, b: string | null): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  return byNaturalText(a, b);
}

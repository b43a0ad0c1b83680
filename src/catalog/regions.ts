import type { CloudProvider, DiskImage } from './disk-image.js';

/** A region as this service knows it: which provider, and the provider's code for it. */
export interface RegionKey {
  provider: CloudProvider;
  /** Civo `LON1`, Gcore `76`. */
  code: string;
}

/** The region code an image is filed under in filters, facets and families. */
export function regionCodeOf(image: DiskImage): string {
  return image.regionCode;
}

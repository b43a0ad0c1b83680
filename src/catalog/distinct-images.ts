import type { DiskImage } from './disk-image.js';

// Images come from cached listings and live as long as them: computed once per image, not per request.
const identities = new WeakMap<DiskImage, string>();

/** What makes an image one image: its provider, region and id. */
export function imageIdentity(image: DiskImage): string {
  let identity = identities.get(image);
  if (identity === undefined)
    identities.set(image, (identity = `${image.provider}:${image.regionCode}:${image.imageId}`));
  return identity;
}

/**
 * One row per (provider, region, image id), the first copy met kept. Gcore lists its public
 * images in every project of a region with the same id: that is one image, returned, counted
 * and faceted once. Private images carry ids of their own project and stay distinct.
 */
export function distinctImages(images: readonly DiskImage[]): DiskImage[] {
  const seen = new Map<string, DiskImage>();
  for (const image of images) {
    const key = imageIdentity(image);
    if (!seen.has(key)) seen.set(key, image);
  }
  return [...seen.values()];
}

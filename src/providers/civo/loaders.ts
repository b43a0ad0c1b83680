import DataLoader from 'dataloader';
import type { CivoImage } from '../../catalog/disk-image.js';
import { createPartitionListings } from '../partition-listings.js';
import type { CivoClient } from './client.js';
import { civoListingAlgebra } from './listing-algebra.js';
import { mapCivoImage } from './mapping.js';

/**
 * Per-request batching of Civo image lookups. Civo has no batch-by-ids endpoint, so every
 * lookup in a region is answered from that region's one listing (shared by custom-only and
 * full lookups, see partition-listings); a detail GET is made only for an id it lacks.
 */
export interface CivoLoaders {
  /** Every image of a region (`custom`: only the account's custom images). */
  images(region: string, options?: { custom?: boolean }): Promise<CivoImage[]>;
  image(region: string, imageId: string): Promise<CivoImage | null>;
}

interface ImageKey {
  region: string;
  imageId: string;
}

export function createCivoLoaders(client: CivoClient, signal?: AbortSignal): CivoLoaders {
  const listing = createPartitionListings(async (region: string, { custom }) => {
    const raw = await client.listDiskImages(region, { custom, ...(signal ? { signal } : {}) });
    return raw.map((image) => mapCivoImage(image, region, { listedAsCustom: custom }));
  }, civoListingAlgebra);

  // Only for ids the region's listing lacks: one detail GET per such id.
  const details = new DataLoader<ImageKey, CivoImage | null, string>(
    (keys) =>
      Promise.all(
        keys.map(async ({ region, imageId }) => {
          try {
            const raw = await client.getDiskImage(region, imageId, signal);
            return raw ? mapCivoImage(raw, region) : null;
          } catch (error) {
            return error as Error;
          }
        }),
      ),
    { cacheKeyFn: ({ region, imageId }) => `${region}|${imageId}` },
  );

  return {
    images: (region, { custom = false } = {}) => listing(region.toUpperCase(), { custom }),
    image: async (region, imageId) => {
      const code = region.toUpperCase();
      const listed = (await listing(code, { custom: false })).find((image) => image.imageId === imageId);
      return listed ?? details.load({ region: code, imageId });
    },
  };
}

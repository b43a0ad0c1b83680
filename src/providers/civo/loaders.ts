import DataLoader from 'dataloader';
import type { CivoImage } from '../../catalog/disk-image.js';
import type { CivoClient } from './client.js';
import { mapCivoImage } from './mapping.js';

/**
 * Per-request batching of Civo image lookups. Civo has no batch-by-ids endpoint, so every
 * lookup in a region is answered from that region's one plain listing (custom images
 * included); a detail GET is made only for an id the listing lacks.
 */
export interface CivoLoaders {
  /** Every image of a region, the account's custom images included. */
  images(region: string): Promise<CivoImage[]>;
  image(region: string, imageId: string): Promise<CivoImage | null>;
}

interface ImageKey {
  region: string;
  imageId: string;
}

export function createCivoLoaders(client: CivoClient, signal?: AbortSignal): CivoLoaders {
  const listings = new DataLoader<string, CivoImage[]>(
    (regions) =>
      Promise.all(
        regions.map(async (region) => {
          try {
            return (await client.listDiskImages(region, signal)).map((image) => mapCivoImage(image, region));
          } catch (error) {
            return error as Error;
          }
        }),
      ),
    // Root fields await discovery before they list: wait for all of them, so siblings share a batch.
    { batchScheduleFn: (dispatch) => setImmediate(dispatch) },
  );

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
    images: (region) => listings.load(region.toUpperCase()),
    image: async (region, imageId) => {
      const code = region.toUpperCase();
      const listed = (await listings.load(code)).find((image) => image.imageId === imageId);
      return listed ?? details.load({ region: code, imageId });
    },
  };
}

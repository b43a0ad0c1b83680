import DataLoader from 'dataloader';
import type { GcoreImage } from '../../catalog/disk-image.js';
import type { GcoreClient } from './client.js';
import { mapGcoreImage } from './mapping.js';

/**
 * Per-request batching of Gcore image lookups: one plain listing per project × region (and
 * endpoint), however many ids are asked; a detail GET only for an id the listing lacks.
 */
export interface GcoreLoaders {
  images(projectId: number, regionId: number, options?: { baremetal?: boolean }): Promise<GcoreImage[]>;
  image(
    projectId: number,
    regionId: number,
    imageId: string,
    options?: { baremetal?: boolean },
  ): Promise<GcoreImage | null>;
}

interface ListingKey {
  projectId: number;
  regionId: number;
  baremetal: boolean;
}

interface ImageKey {
  projectId: number;
  regionId: number;
  imageId: string;
  /** Asked for as a bare-metal image (its id said so): it stays one whatever the body says. */
  baremetal: boolean;
}

export function createGcoreLoaders(client: GcoreClient, signal?: AbortSignal): GcoreLoaders {
  const listings = new DataLoader<ListingKey, GcoreImage[], string>(
    (keys) =>
      Promise.all(
        keys.map(async ({ projectId, regionId, baremetal }) => {
          try {
            const raw = await client.listImages(projectId, regionId, { baremetal, ...(signal ? { signal } : {}) });
            return raw.map((image) => mapGcoreImage(image, projectId, regionId, { baremetal }));
          } catch (error) {
            return error as Error;
          }
        }),
      ),
    {
      cacheKeyFn: ({ projectId, regionId, baremetal }) => `${projectId}:${regionId}:${baremetal ? 'bm' : 'vm'}`,
      // Root fields await discovery before they list: wait for all of them, so siblings share a batch.
      batchScheduleFn: (dispatch) => setImmediate(dispatch),
    },
  );

  // Only for ids the partition's listing lacks: one detail GET per such id.
  const details = new DataLoader<ImageKey, GcoreImage | null, string>(
    (keys) =>
      Promise.all(
        keys.map(async ({ projectId, regionId, imageId, baremetal }) => {
          try {
            const raw = await client.getImage(projectId, regionId, imageId, signal);
            return raw ? mapGcoreImage(raw, projectId, regionId, { baremetal }) : null;
          } catch (error) {
            return error as Error;
          }
        }),
      ),
    {
      cacheKeyFn: ({ projectId, regionId, imageId, baremetal }) =>
        `${projectId}|${regionId}|${imageId}|${baremetal ? 'bm' : 'vm'}`,
    },
  );

  return {
    images: (projectId, regionId, { baremetal = false } = {}) => listings.load({ projectId, regionId, baremetal }),
    image: async (projectId, regionId, imageId, { baremetal = false } = {}) => {
      const listed = (await listings.load({ projectId, regionId, baremetal })).find(
        (image) => image.imageId === imageId,
      );
      return listed ?? details.load({ projectId, regionId, imageId, baremetal });
    },
  };
}

import DataLoader from 'dataloader';
import type { GcoreImage } from '../../catalog/disk-image.js';
import { createPartitionListings } from '../partition-listings.js';
import type { GcoreClient, GcoreImageFilters } from './client.js';
import { gcoreListingAlgebra, type GcoreListingPartition } from './listing-algebra.js';
import { mapGcoreImage } from './mapping.js';

/**
 * Per-request batching of Gcore image lookups: one list call per project × region (lookups
 * with different filters share it, see partition-listings), however many ids are asked; a
 * detail GET only for an id the listing lacks (bare-metal images, or ids from elsewhere).
 */
export interface GcoreLoaders {
  images(
    projectId: number,
    regionId: number,
    filters?: GcoreImageFilters,
    options?: { baremetal?: boolean },
  ): Promise<GcoreImage[]>;
  image(
    projectId: number,
    regionId: number,
    imageId: string,
    options?: { baremetal?: boolean },
  ): Promise<GcoreImage | null>;
}

export interface GcoreLoaderOptions {
  signal?: AbortSignal;
  /**
   * Whether this operation selects a price field. Read at load time, so it is one answer
   * per operation and every lookup of the request shares the same listing.
   */
  includePrices: () => boolean;
}

interface ImageKey {
  projectId: number;
  regionId: number;
  imageId: string;
}

export function createGcoreLoaders(client: GcoreClient, { signal, includePrices }: GcoreLoaderOptions): GcoreLoaders {
  const listing = createPartitionListings(
    async ({ projectId, regionId, baremetal }: GcoreListingPartition, filters: GcoreImageFilters) => {
      const raw = await client.listImages(projectId, regionId, filters, {
        baremetal,
        includePrices: includePrices(),
        ...(signal ? { signal } : {}),
      });
      return raw.map((image) => mapGcoreImage(image, projectId, regionId));
    },
    gcoreListingAlgebra,
  );

  // Only for ids the partition's listing lacks: one detail GET per such id.
  const details = new DataLoader<ImageKey, GcoreImage | null, string>(
    (keys) =>
      Promise.all(
        keys.map(async ({ projectId, regionId, imageId }) => {
          try {
            const raw = await client.getImage(projectId, regionId, imageId, {
              includePrices: includePrices(),
              ...(signal ? { signal } : {}),
            });
            return raw ? mapGcoreImage(raw, projectId, regionId) : null;
          } catch (error) {
            return error as Error;
          }
        }),
      ),
    { cacheKeyFn: ({ projectId, regionId, imageId }) => `${projectId}|${regionId}|${imageId}` },
  );

  return {
    images: (projectId, regionId, filters = {}, { baremetal = false } = {}) =>
      listing({ projectId, regionId, baremetal }, filters),
    image: async (projectId, regionId, imageId, { baremetal = false } = {}) => {
      const listed = (await listing({ projectId, regionId, baremetal }, {})).find((image) => image.imageId === imageId);
      return listed ?? details.load({ projectId, regionId, imageId });
    },
  };
}

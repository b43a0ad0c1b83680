import type { GcoreImage } from './model.js';
import { createPartitionLoaders } from '../partition-loaders.js';
import type { GcoreClient } from './client.js';
import { mapGcoreImage } from './mapping.js';

/** Per-request Gcore lookups: one plain listing per project × region and endpoint (`bmimages`). */
export interface GcoreLoaders {
  images(projectId: number, regionId: number, options?: { baremetal?: boolean }): Promise<GcoreImage[]>;
  image(
    projectId: number,
    regionId: number,
    imageId: string,
    options?: { baremetal?: boolean },
  ): Promise<GcoreImage | null>;
}

interface GcorePartition {
  projectId: number;
  regionId: number;
  /** Listed by `bmimages`: such an image stays bare metal whatever its body says. */
  baremetal: boolean;
}

export function createGcoreLoaders(client: GcoreClient, signal?: AbortSignal): GcoreLoaders {
  const loaders = createPartitionLoaders<GcorePartition, GcoreImage>({
    keyOf: ({ projectId, regionId, baremetal }) => `${projectId}:${regionId}:${baremetal ? 'bm' : 'vm'}`,
    list: async ({ projectId, regionId, baremetal }) => {
      const raw = await client.listImages(projectId, regionId, { baremetal, ...(signal ? { signal } : {}) });
      return raw.map((image) => mapGcoreImage(image, projectId, regionId, { baremetal }));
    },
    // The detail route finds bare-metal images too.
    detail: async ({ projectId, regionId, baremetal }, imageId) => {
      const raw = await client.getImage(projectId, regionId, imageId, signal);
      return raw && mapGcoreImage(raw, projectId, regionId, { baremetal });
    },
  });
  return {
    images: (projectId, regionId, { baremetal = false } = {}) => loaders.images({ projectId, regionId, baremetal }),
    image: (projectId, regionId, imageId, { baremetal = false } = {}) =>
      loaders.image({ projectId, regionId, baremetal }, imageId),
  };
}

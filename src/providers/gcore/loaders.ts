import type { GcoreImage } from './model.js';
import { createPartitionLoaders, type RequestTools } from '../partition-loaders.js';
import { gcorePartition } from './catalog-provider.js';
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

export function createGcoreLoaders(client: GcoreClient, request: RequestTools): GcoreLoaders {
  const { signal } = request;
  const loaders = createPartitionLoaders<GcorePartition, GcoreImage>(
    {
      keyOf: ({ projectId, regionId, baremetal }) => `${projectId}:${regionId}:${baremetal ? 'bm' : 'vm'}`,
      // Bare metal or not, one project × region counts once against the cap.
      budget: ({ projectId, regionId }) => ({
        partition: gcorePartition(projectId, regionId),
        where: `Gcore project ${projectId} × region ${regionId}`,
        location: { projectId, regionId },
      }),
      list: async ({ projectId, regionId, baremetal }, listSignal) => {
        const raw = await client.listImages(projectId, regionId, { baremetal, signal: listSignal });
        return raw.map((image) => mapGcoreImage(image, projectId, regionId, { baremetal }));
      },
      // The detail route finds bare-metal images too.
      detail: async ({ projectId, regionId, baremetal }, imageId) => {
        const raw = await client.getImage(projectId, regionId, imageId, signal);
        return raw && mapGcoreImage(raw, projectId, regionId, { baremetal });
      },
    },
    request,
  );
  return {
    images: (projectId, regionId, { baremetal = false } = {}) => loaders.images({ projectId, regionId, baremetal }),
    image: (projectId, regionId, imageId, { baremetal = false } = {}) =>
      loaders.image({ projectId, regionId, baremetal }, imageId),
  };
}

import type { CivoImage } from './model.js';
import { createPartitionLoaders, type RequestTools } from '../partition-loaders.js';
import { civoPartition } from './catalog-provider.js';
import type { CivoClient } from './client.js';
import { mapCivoImage } from './mapping.js';

/** Per-request Civo lookups: one plain listing per region (custom images included). */
export interface CivoLoaders {
  /** Every image of a region, the account's custom images included. */
  images(region: string): Promise<CivoImage[]>;
  image(region: string, imageId: string): Promise<CivoImage | null>;
}

export function createCivoLoaders(client: CivoClient, request: RequestTools): CivoLoaders {
  const { signal } = request;
  const loaders = createPartitionLoaders<string, CivoImage>(
    {
      keyOf: (region) => region,
      budget: (region) => ({ partition: civoPartition(region), where: `Civo region ${region}`, location: { region } }),
      list: async (region, listSignal) =>
        (await client.listDiskImages(region, listSignal)).map((raw) => mapCivoImage(raw, region)),
      detail: async (region, imageId) => {
        const raw = await client.getDiskImage(region, imageId, signal);
        return raw && mapCivoImage(raw, region);
      },
    },
    request,
  );
  return {
    images: (region) => loaders.images(region.toUpperCase()),
    image: (region, imageId) => loaders.image(region.toUpperCase(), imageId),
  };
}

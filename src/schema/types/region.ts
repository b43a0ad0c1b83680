import type { Region } from '../../catalog/disk-image.js';
import { providerNamed } from '../../providers/plugin.js';
import type { Context } from '../../context.js';
import type { DiskImage } from '../../catalog/disk-image.js';
import { builder } from '../builder.js';
import { CloudProviderEnum } from './image-enums.js';

export const RegionRef = builder.interfaceRef<Region>('Region').implement({
  description: 'A region (location) of a cloud, where images live. Image ids differ from one region to the next.',
  interfaces: [builder.nodeInterfaceRef()],
  resolveType: (region) => providerNamed(region.provider).regionType,
  fields: (t) => ({
    provider: t.field({
      type: CloudProviderEnum,
      description: 'The cloud this region belongs to.',
      resolve: (region) => region.provider,
    }),
    code: t.string({
      description:
        'How this API names the region in arguments and filters: the Civo code (`LON1`) or the Gcore region id (`76`).',
      resolve: (region) => region.code,
    }),
    name: t.string({
      description:
        'Human-readable name (Civo `name`, Gcore `display_name`); when the provider sends none, the best it does send (Gcore `slug`, `keystone_name`), else `code`.',
      resolve: (region) => region.name,
    }),
  }),
});

/** The region an image was listed in, as its provider knows it (see ProviderCatalog.regionOf). */
export function regionOfImage(image: DiskImage, context: Context): Promise<Region> {
  return providerNamed(image.provider).catalog.regionOf(context, image);
}

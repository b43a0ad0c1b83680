import type { CloudProvider, Region } from '../../catalog/disk-image.js';
import type { Context } from '../../context.js';
import { catalogOf } from '../../providers/catalogs.js';
import type { DiskImage } from '../../catalog/disk-image.js';
import { builder } from '../builder.js';
import { CloudProviderEnum } from './image-enums.js';

/** Every provider names its region type here: a provider left out does not compile. */
const REGION_TYPE_OF: Record<CloudProvider, string> = { CIVO: 'CivoRegion', GCORE: 'GcoreRegion' };

export const RegionRef = builder.interfaceRef<Region>('Region').implement({
  description: 'A region (location) of a cloud, where images live. Image ids differ from one region to the next.',
  interfaces: [builder.nodeInterfaceRef()],
  resolveType: (region) => REGION_TYPE_OF[region.provider],
  fields: (t) => ({
    provider: t.field({
      type: CloudProviderEnum,
      description: 'The cloud this region belongs to.',
      resolve: (region) => region.provider,
    }),
    code: t.string({
      description:
        'How this API names the region in arguments and filters: the Civo code (`LON1`) or the Gcore region id (`76`).',
      resolve: (region) => (region.provider === 'CIVO' ? region.raw.code.toUpperCase() : String(region.raw.id)),
    }),
    name: t.string({
      description:
        'Human-readable name (Civo `name`, Gcore `display_name`); when the provider sends none, the best it does send (Gcore `slug`, `keystone_name`), else `code`.',
      resolve: (region) =>
        region.provider === 'CIVO'
          ? (region.raw.name ?? region.raw.code.toUpperCase())
          : (region.raw.display_name ?? region.raw.slug ?? region.raw.keystone_name ?? String(region.raw.id)),
    }),
  }),
});

/** The region an image was listed in, as its provider knows it (see ProviderCatalog.regionOf). */
export function regionOfImage(image: DiskImage, context: Context): Promise<Region> {
  return catalogOf(image.provider).regionOf(context, image);
}

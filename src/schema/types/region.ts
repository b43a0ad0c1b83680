import type { CloudProvider, Region } from '../../catalog/disk-image.js';
import type { Context } from '../../context.js';
import { requireCivo, requireGcore } from '../../context.js';
import { ErrorCode, UpstreamError } from '../../errors.js';
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

/** The region an image was listed in, from the provider's (cached) region list. */
export async function regionOfImage(image: DiskImage, context: Context): Promise<Region> {
  if (image.provider === 'CIVO') {
    const regions = await requireCivo(context).directory.regions();
    const raw = regions.find((region) => region.code.toUpperCase() === image.regionCode);
    if (raw) return { provider: 'CIVO', raw };
    throw regionMissing({ provider: 'civo', region: image.regionCode });
  }
  const regions = await requireGcore(context).directory.regions();
  const raw = regions.find((region) => region.id === image.regionId);
  if (raw) return { provider: 'GCORE', raw };
  throw regionMissing({ provider: 'gcore', regionId: image.regionId });
}

function regionMissing(partition: ConstructorParameters<typeof UpstreamError>[1]['partition']): UpstreamError {
  return new UpstreamError('The region list does not contain the region this image was listed in.', {
    code: ErrorCode.UPSTREAM_NOT_FOUND,
    partition,
  });
}

import type { CloudProvider, Region } from '../../catalog/disk-image.js';
import type { Context } from '../../context.js';
import { requireCivo, requireGcore } from '../../context.js';
import type { CivoRegionRecord } from '../../providers/civo/read.js';
import type { GcoreRegionRecord } from '../../providers/gcore/read.js';
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

/**
 * The region an image was listed in, from the provider's (cached) region list. A region the
 * list lacks (an entry that could not be read, a region named outright that discovery omits) is
 * still the image's region: it answers with what the image itself says, its code (Gcore: and
 * its `region` display name), rather than failing every image of the listing.
 */
export async function regionOfImage(image: DiskImage, context: Context): Promise<Region> {
  if (image.provider === 'CIVO') {
    const regions = await requireCivo(context).directory.regions();
    const raw = regions.find((region) => region.code.toUpperCase() === image.regionCode);
    return { provider: 'CIVO', raw: raw ?? civoRegionKnownOnlyBy(image.regionCode) };
  }
  const regions = await requireGcore(context).directory.regions();
  const raw = regions.find((region) => region.id === image.regionId);
  return { provider: 'GCORE', raw: raw ?? gcoreRegionKnownOnlyBy(image.regionId, image.raw.region) };
}

function civoRegionKnownOnlyBy(code: string): CivoRegionRecord {
  return {
    code,
    name: null,
    type: null,
    out_of_capacity: null,
    country: null,
    country_name: null,
    features: null,
    default: false,
  };
}

function gcoreRegionKnownOnlyBy(id: number, displayName: string | null): GcoreRegionRecord {
  const unknown = null;
  return {
    id,
    display_name: displayName,
    slug: unknown,
    keystone_name: unknown,
    keystone_id: unknown,
    state: unknown,
    country: unknown,
    zone: unknown,
    access_level: unknown,
    endpoint_type: unknown,
    has_basic_vm: unknown,
    has_baremetal: unknown,
    has_k8s: unknown,
    has_kvm: unknown,
    has_ai: unknown,
    has_ai_gpu: unknown,
    coordinates: unknown,
    created_at: unknown,
  };
}

import type { GcoreRegion } from '../model.js';
import { requireGcore } from '../scope.js';
import { badUserInput } from '../../../errors.js';
import { parseUpstreamTimestamp } from '../../../upstream/timestamps.js';
import { mapGcoreRegion } from '../mapping.js';
import { builder } from '../../../schema/builder.js';
import { RegionRef } from '../../../schema/types/region.js';

interface Coordinates {
  latitude: number;
  longitude: number;
}

const GcoreCoordinatesRef = builder.objectRef<Coordinates>('GcoreCoordinates').implement({
  description: 'Where a Gcore region is (the API has sent numbers and numeric strings; these are parsed).',
  fields: (t) => ({
    latitude: t.exposeFloat('latitude', { description: 'Degrees north.' }),
    longitude: t.exposeFloat('longitude', { description: 'Degrees east.' }),
  }),
});

export const GcoreRegionRef = builder.objectRef<GcoreRegion>('GcoreRegion');

/** The local part of a GcoreRegion global id: the region id. */
function parseLocalId(id: string): number {
  if (!/^[1-9][0-9]{0,9}$/.test(id)) throw badUserInput('Not a GcoreRegion id.', { argument: 'id' });
  return Number(id);
}

builder.node(GcoreRegionRef, {
  description: 'A Gcore region, as `GET /cloud/v1/regions` lists it. Its `code` is the region id as a string.',
  interfaces: [RegionRef],
  // Parsed while the `id`/`ids` argument is decoded: a malformed id fails its field before any call.
  id: { resolve: (region) => String(region.raw.id), parse: parseLocalId },
  loadOne: async (regionId, context) => {
    const raw = (await requireGcore(context).directory.regions()).find((region) => region.id === regionId);
    return raw ? mapGcoreRegion(raw) : null;
  },
  isTypeOf: (value) => (value as GcoreRegion).provider === 'GCORE' && 'display_name' in (value as GcoreRegion).raw,
  fields: (t) => ({
    regionId: t.int({
      description: 'Gcore region id, as the API paths use it (e.g. 76 for Luxembourg-2).',
      resolve: (region) => region.raw.id,
    }),
    displayName: t.string({
      nullable: true,
      description: '`display_name` (the same as `name`).',
      resolve: (region) => region.raw.display_name,
    }),
    slug: t.string({ nullable: true, description: '`slug`.', resolve: (region) => region.raw.slug }),
    keystoneName: t.string({
      nullable: true,
      description: '`keystone_name`: the OpenStack region name.',
      resolve: (region) => region.raw.keystone_name,
    }),
    keystoneId: t.int({ nullable: true, description: '`keystone_id`.', resolve: (region) => region.raw.keystone_id }),
    state: t.string({
      nullable: true,
      description: '`state`: ACTIVE, INACTIVE, MAINTENANCE, NEW, DELETING, DELETED or DELETION_FAILED.',
      resolve: (region) => region.raw.state,
    }),
    country: t.string({ nullable: true, description: '`country` code.', resolve: (region) => region.raw.country }),
    zone: t.string({
      nullable: true,
      description: '`zone`: AMERICAS, APAC, EMEA, RUSSIA_AND_CIS, or null.',
      resolve: (region) => region.raw.zone,
    }),
    accessLevel: t.string({
      nullable: true,
      description: '`access_level`: `core` or `edge`.',
      resolve: (region) => region.raw.access_level,
    }),
    endpointType: t.string({
      nullable: true,
      description: '`endpoint_type`.',
      resolve: (region) => region.raw.endpoint_type,
    }),
    hasBasicVm: t.boolean({
      nullable: true,
      description: 'Offers basic VMs.',
      resolve: (region) => region.raw.has_basic_vm,
    }),
    hasBaremetal: t.boolean({
      nullable: true,
      description: 'Offers bare-metal servers (and so bare-metal images).',
      resolve: (region) => region.raw.has_baremetal,
    }),
    hasK8s: t.boolean({
      nullable: true,
      description: 'Offers managed Kubernetes.',
      resolve: (region) => region.raw.has_k8s,
    }),
    hasKvm: t.boolean({
      nullable: true,
      description: 'Offers KVM virtual machines.',
      resolve: (region) => region.raw.has_kvm,
    }),
    hasAi: t.boolean({
      nullable: true,
      description: 'Offers AI infrastructure.',
      resolve: (region) => region.raw.has_ai,
    }),
    hasAiGpu: t.boolean({
      nullable: true,
      description: 'Offers GPU servers for AI.',
      resolve: (region) => region.raw.has_ai_gpu,
    }),
    coordinates: t.field({
      type: GcoreCoordinatesRef,
      nullable: true,
      description: 'Location; null when the API has none or sends something that is not a number.',
      resolve: (region) => region.raw.coordinates,
    }),
    createdAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When the region was created.',
      resolve: (region) => parseUpstreamTimestamp(region.raw.created_at),
    }),
  }),
});

builder.queryFields((t) => ({
  gcoreRegions: t.field({
    type: [GcoreRegionRef],
    // Root fields are nullable: one failing field must not null the whole response.
    nullable: true,
    description: 'Every Gcore region (`GET /cloud/v1/regions`, all pages), whatever its state.',
    resolve: async (_root, _args, context) => (await requireGcore(context).directory.regions()).map(mapGcoreRegion),
  }),
}));

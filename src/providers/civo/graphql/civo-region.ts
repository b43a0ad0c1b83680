import type { CivoRegion } from '../model.js';
import type { CivoRegionFeaturesRecord } from '../read.js';
import { requireCivo } from '../scope.js';
import { civoRegionArgument } from '../region-code.js';
import { mapCivoRegion } from '../mapping.js';
import { builder } from '../../../schema/builder.js';
import { RegionRef } from '../../../schema/types/region.js';

const CivoRegionFeaturesRef = builder.objectRef<CivoRegionFeaturesRecord>('CivoRegionFeatures').implement({
  description: 'Which Civo services a region offers (`features`); a service Civo does not mention is null.',
  fields: (t) => ({
    iaas: t.exposeBoolean('iaas', { nullable: true, description: 'Compute instances.' }),
    kubernetes: t.exposeBoolean('kubernetes', { nullable: true, description: 'Managed Kubernetes.' }),
    objectStore: t.exposeBoolean('object_store', { nullable: true, description: 'Object storage.' }),
    loadbalancer: t.exposeBoolean('loadbalancer', { nullable: true, description: 'Load balancers.' }),
    gpu: t.exposeBoolean('gpu', { nullable: true, description: 'GPU instances.' }),
    dbaas: t.exposeBoolean('dbaas', { nullable: true, description: 'Managed databases.' }),
    volume: t.exposeBoolean('volume', { nullable: true, description: 'Block volumes.' }),
    paas: t.exposeBoolean('paas', { nullable: true, description: 'Platform as a service.' }),
    publicIpNodePools: t.exposeBoolean('public_ip_node_pools', {
      nullable: true,
      description: 'Kubernetes node pools with public IPs.',
    }),
  }),
});

export const CivoRegionRef = builder.objectRef<CivoRegion>('CivoRegion');

builder.node(CivoRegionRef, {
  description: 'A Civo region, as `GET /v2/regions` lists it.',
  interfaces: [RegionRef],
  // Parsed while the `id`/`ids` argument is decoded: a malformed id fails its field before any call.
  id: { resolve: (region) => region.raw.code.toUpperCase(), parse: (code) => civoRegionArgument(code, 'id') },
  loadOne: async (wanted, context) => {
    const raw = (await requireCivo(context).directory.regions()).find((region) => region.code.toUpperCase() === wanted);
    return raw ? mapCivoRegion(raw) : null;
  },
  isTypeOf: (value) => (value as CivoRegion).provider === 'CIVO' && 'code' in (value as CivoRegion).raw,
  fields: (t) => ({
    rawCode: t.string({
      description: 'Raw `code` as Civo sent it; `code` is upper-case.',
      resolve: (region) => region.raw.code,
    }),
    type: t.string({
      nullable: true,
      description: 'Region type as Civo reports it (e.g. `civostack`).',
      resolve: (region) => region.raw.type,
    }),
    outOfCapacity: t.boolean({
      nullable: true,
      description: 'Civo cannot place new instances here right now.',
      resolve: (region) => region.raw.out_of_capacity,
    }),
    country: t.string({
      nullable: true,
      description: 'ISO country code (e.g. `GB`).',
      resolve: (region) => region.raw.country,
    }),
    countryName: t.string({
      nullable: true,
      description: 'Country name (e.g. `United Kingdom`).',
      resolve: (region) => region.raw.country_name,
    }),
    features: t.field({
      nullable: true,
      type: CivoRegionFeaturesRef,
      description: 'Services offered in this region.',
      resolve: (region) => region.raw.features,
    }),
    isDefault: t.boolean({
      description: 'The account’s default region (`default`; a region without the key is not the default).',
      resolve: (region) => region.raw.default,
    }),
  }),
});

builder.queryFields((t) => ({
  civoRegions: t.field({
    type: [CivoRegionRef],
    // Root fields are nullable: one failing field must not null the whole response.
    nullable: true,
    description: 'Every Civo region the API key can see (`GET /v2/regions`), default region first.',
    resolve: async (_root, _args, context) => {
      const regions = await requireCivo(context).directory.regions();
      return [...regions].sort((a, b) => Number(b.default) - Number(a.default)).map(mapCivoRegion);
    },
  }),
}));

import type { FacetCount, Facets, RegionFacetCount } from '../../../catalog/facets.js';
import { builder } from '../../builder.js';
import { CloudProviderEnum } from '../image-enums.js';

const RegionFacetCountRef = builder.objectRef<RegionFacetCount>('RegionFacetCount').implement({
  description: 'How many images of a result are in one region, named by provider and code.',
  fields: (t) => ({
    provider: t.field({ type: CloudProviderEnum, description: 'The cloud.', resolve: (facet) => facet.provider }),
    code: t.exposeString('code', { description: 'The region’s code (Civo `LON1`, Gcore `76`).' }),
    count: t.exposeInt('count', { description: 'Images in that region.' }),
  }),
});

export const FacetCountRef = builder.objectRef<FacetCount>('FacetCount').implement({
  description: 'How many images of a result share one value.',
  fields: (t) => ({
    value: t.exposeString('value', {
      nullable: true,
      description: 'The value (enum values as their names); null counts images where it is unknown.',
    }),
    count: t.exposeInt('count', { description: 'Images with that value.' }),
  }),
});

export const ImageFacetsRef = builder.objectRef<Facets>('ImageFacets').implement({
  description:
    'Counts over the whole filtered result (not just the page), for building filter chips in the same round trip. Each list adds up to totalCount.',
  fields: (t) => ({
    distributions: t.field({
      type: [FacetCountRef],
      description: 'Per distribution, most frequent first.',
      resolve: (facets) => facets.distributions,
    }),
    versions: t.field({
      type: [FacetCountRef],
      description: 'Per version, newest first.',
      resolve: (facets) => facets.versions,
    }),
    architectures: t.field({
      type: [FacetCountRef],
      description: 'Per architecture.',
      resolve: (facets) => facets.architectures,
    }),
    osTypes: t.field({ type: [FacetCountRef], description: 'Per OS family.', resolve: (facets) => facets.osTypes }),
    providers: t.field({ type: [FacetCountRef], description: 'Per cloud.', resolve: (facets) => facets.providers }),
    regions: t.field({
      type: [FacetCountRef],
      description:
        'Per region code (Civo `LON1`, Gcore `76`). Two clouds’ regions with one code would share a count: `providerRegions` keeps them apart.',
      resolve: (facets) => facets.regions,
    }),
    providerRegions: t.field({
      type: [RegionFacetCountRef],
      description: 'Per region, by provider and code; most frequent first.',
      resolve: (facets) => facets.providerRegions,
    }),
  }),
});

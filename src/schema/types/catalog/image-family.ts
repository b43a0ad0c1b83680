import { GraphQLError } from 'graphql';
import type { CloudProvider, DiskImage, Region } from '../../../catalog/disk-image.js';
import {
  groupFamilies,
  placeOf,
  preferredFirst,
  variantsAmong,
  type FamilyLocation,
  type ImageFamily,
} from '../../../catalog/families.js';
import type { PartitionRefusal } from '../../../catalog/partition-budget.js';
import { partitionKey, type Coverage } from '../../../catalog/partitions.js';
import { DEFAULT_STATUSES, type ImageFilter } from '../../../catalog/image-filter.js';
import { searchCatalog, type SearchResult } from '../../../catalog/search.js';
import type { Context } from '../../../context.js';
import type { FamilyIndex } from '../../../catalog/equivalents-state.js';
import { ErrorCode } from '../../../errors.js';
import { builder } from '../../builder.js';
import { DiskImageRef } from '../disk-image.js';
import { ArchitectureEnum, CloudProviderEnum } from '../image-enums.js';
import { regionOfImage, RegionRef } from '../region.js';
import { CoverageRef, reportFailures } from './coverage.js';
import { ImageFilterInput, toImageFilter } from './image-filter-input.js';
import { pathOf } from './path.js';

const FamilyLocationRef = builder.objectRef<FamilyLocation>('ImageFamilyLocation').implement({
  description: 'A place (provider and region) where a family exists, and the concrete image to use there.',
  fields: (t) => ({
    provider: t.field({ type: CloudProviderEnum, description: 'The cloud.', resolve: (location) => location.provider }),
    region: t.field({
      type: RegionRef,
      description: 'The region.',
      resolve: (location, _args, context): Promise<Region> => regionOfImage(location.image, context),
    }),
    gcoreProjectId: t.int({
      nullable: true,
      description:
        'The Gcore project `image` was taken from; null for Civo. A public image is listed in every project with one id; it is taken from the first configured project (the default one first).',
      resolve: (location) => (location.image.provider === 'GCORE' ? location.image.projectId : null),
    }),
    image: t.field({
      type: DiskImageRef,
      description:
        'The image that stands for the family here: a plain build before GPU builds, official before custom, then the newest.',
      resolve: (location) => location.image,
    }),
    alternatives: t.field({
      type: [DiskImageRef],
      description: 'Other images of the family in the same place.',
      resolve: (location) => location.alternatives,
    }),
  }),
});

const ImageFamilyRef = builder.objectRef<ImageFamily>('ImageFamily').implement({
  description:
    'The same OS — distribution, version and architecture — across clouds and regions, where image ids all differ.',
  fields: (t) => ({
    key: t.exposeString('key', { description: 'A readable key, e.g. `ubuntu 22.04 X86_64`.' }),
    distribution: t.exposeString('distribution', { description: 'Lower-case distribution.' }),
    version: t.exposeString('version', { nullable: true, description: 'Version, as the providers spell it.' }),
    architecture: t.field({
      type: ArchitectureEnum,
      nullable: true,
      description: 'Architecture.',
      resolve: (family) => family.architecture,
    }),
    providers: t.field({
      type: [CloudProviderEnum],
      description: 'Clouds that have it.',
      resolve: (family) => [...new Set(family.locations.map((location) => location.provider))],
    }),
    locationCount: t.int({
      description: 'Places (provider and region; a Gcore region counts once whatever its projects) that have it.',
      resolve: (family) => family.locations.length,
    }),
    locations: t.field({
      type: [FamilyLocationRef],
      description: 'Each place that has it, by provider and region.',
      resolve: (family) => family.locations,
    }),
  }),
});

const ImageFamiliesRef = builder.objectRef<{ families: ImageFamily[]; coverage: Coverage }>('ImageFamilies').implement({
  description: 'Image families of a search, with the coverage of the search.',
  fields: (t) => ({
    families: t.field({
      type: [ImageFamilyRef],
      description: 'By distribution, newest version first, then architecture.',
      resolve: (result) => result.families,
    }),
    coverage: t.field({
      type: CoverageRef,
      description: 'Which partitions answered; a failed one may lack a location.',
      resolve: (result) => result.coverage,
    }),
  }),
});

builder.queryFields((t) => ({
  imageFamilies: t.field({
    type: ImageFamiliesRef,
    // Root fields are nullable: one failing field must not null the whole response.
    nullable: true,
    description:
      'Groups matching images by (distribution, version, architecture) and lists, per family, the concrete image in every provider/region that has it: ' +
      '"what is the ubuntu 22.04 x86_64 image id in every region". PUBLIC images only unless filter.visibility says otherwise.',
    args: { filter: t.arg({ type: ImageFilterInput, description: 'Which images to group.' }) },
    resolve: async (_root, args, context, info) => {
      const { images, coverage } = await searchCatalog(context, toImageFilter(args.filter, { visibility: ['PUBLIC'] }));
      reportFailures(context, pathOf(info), coverage);
      return { families: groupFamilies(images), coverage };
    },
  }),
}));

builder.interfaceField(DiskImageRef, 'equivalents', (t) =>
  t.field({
    type: [DiskImageRef],
    // Nullable: a lookup that fails (say, past MAX_PARTITIONS_PER_QUERY) costs this list, not the page.
    nullable: true,
    description:
      'The same family (distribution, version, architecture) in every other region, of every provider: one available, official image per region (never one in this image’s own region). ' +
      'All images of a request share one listing per partition, so asking this on a whole page costs no more calls. ' +
      'Null past MAX_PARTITIONS_PER_QUERY: `errors` then has one TOO_MANY_PARTITIONS for the first such list under each root field, not one per image.',
    args: {
      providers: t.arg({ type: [CloudProviderEnum], description: 'Only these clouds (default: all configured).' }),
    },
    resolve: (image, args, context, info) => equivalentsOf(image, args.providers ?? null, context, pathOf(info)),
  }),
);

async function equivalentsOf(
  image: DiskImage,
  providers: DiskImage['provider'][] | null,
  context: Context,
  path: (string | number)[],
): Promise<DiskImage[] | null> {
  if (image.distribution === null || image.version === null || image.architecture === null) return [];
  // Built here, not through toImageFilter: these values come from the upstream, not a client,
  // so they are matched exactly and never refused as bad input.
  const filter: ImageFilter = {
    statuses: DEFAULT_STATUSES,
    visibility: ['PUBLIC'],
    distributions: [image.distribution],
    versions: [image.version],
    architectures: [image.architecture],
    baremetal: image.baremetal,
    ...(providers ? { providers } : {}),
  };
  // Per root field too: a refusal names the root field it was said under.
  const key = JSON.stringify([
    path[0],
    image.distribution,
    image.version,
    image.architecture,
    image.baremetal,
    providers ? [...new Set(providers)].sort() : null,
  ]);
  const { indexes, refusedUnder } = context.equivalents;
  let index = indexes.get(key);
  if (!index) {
    index = indexFamily(context, filter, providers, path[0]!);
    indexes.set(key, index);
  }
  let found: FamilyIndex;
  try {
    found = await index;
  } catch (error) {
    if (error instanceof GraphQLError && error.extensions.code === ErrorCode.TOO_MANY_PARTITIONS) {
      // The first refusal under a root field is the error; the others are the same news.
      const root = path[0]!;
      if (refusedUnder.has(root)) return null;
      refusedUnder.add(root);
    }
    throw error;
  }
  reportFailures(context, path, found.coverage);
  // "Elsewhere" is another region: an image's own region is its own place, whatever the
  // Gcore project (a public image is one image there, a private one is not an equivalent).
  const own = placeOf(image);
  return [...found.bestByPlace].filter(([place]) => place !== own).map(([, best]) => best);
}

async function indexFamily(
  context: Context,
  filter: ImageFilter,
  providers: CloudProvider[] | null,
  root: string | number,
): Promise<FamilyIndex> {
  const { images, coverage }: SearchResult = await searchCatalog(context, filter, {
    refusal: (refusal) => equivalentsRefusal(refusal, providers, root, context),
  });
  const preferred = preferredFirst(variantsAmong(images));
  const bestByPlace = new Map<string, DiskImage>();
  for (const candidate of images) {
    const place = placeOf(candidate);
    const current = bestByPlace.get(place);
    if (!current || preferred(candidate, current) < 0) bestByPlace.set(place, candidate);
  }
  return { bestByPlace, coverage };
}

/**
 * Why `equivalents` was refused, and what helps. It takes no filter, only `providers`, so it
 * names the clouds that would fit alone (when there is a choice), else the limit it would take.
 */
function equivalentsRefusal(
  { wouldSearch, limit, partitions }: PartitionRefusal,
  providers: CloudProvider[] | null,
  root: string | number,
  context: Context,
): string {
  const clouds = [...new Set(partitions.map((partition) => partition.provider))];
  const fitsAlone = (provider: CloudProvider) =>
    new Set([
      ...context.partitionBudget.used,
      ...partitions.filter((partition) => partition.provider === provider).map(partitionKey),
    ]).size <= limit;
  const fitting = clouds.length > 1 ? clouds.filter(fitsAlone) : [];
  const remedy =
    fitting.length > 0
      ? `Ask ${fitting.map((provider) => `equivalents(providers: [${provider}])`).join(' or ')}, or raise the limit to at least ${wouldSearch}.`
      : `Raise the limit to at least ${wouldSearch} to ask it here${providers === null ? '' : ' with these providers'}.`;
  return (
    `equivalents would bring this query to ${wouldSearch} partitions (regions × projects); the limit is ${limit} (MAX_PARTITIONS_PER_QUERY). ${remedy} ` +
    `Said once: every equivalents under ${String(root)} that would pass the limit is null.`
  );
}

import type { Architecture, CloudProvider, ImageStatus, ImageVisibility, OsType } from '../../../catalog/disk-image.js';
import { DEFAULT_STATUSES, type ImageFilter } from '../../../catalog/image-filter.js';
import type { RegionKey } from '../../../catalog/regions.js';
import { providerNamed, registeredProviders } from '../../../providers/plugin.js';
import { badUserInput } from '../../../errors.js';
import { textArgument } from '../../arguments.js';
import { builder } from '../../builder.js';
import {
  ArchitectureEnum,
  CloudProviderEnum,
  ImageStatusEnum,
  ImageVisibilityEnum,
  OsTypeEnum,
} from '../image-enums.js';

export const ProviderRegionInput = builder.inputType('ProviderRegionInput', {
  description: 'A region named by its provider and that provider’s code for it: never ambiguous between clouds.',
  fields: (t) => ({
    provider: t.field({ type: CloudProviderEnum, required: true, description: 'The cloud.' }),
    code: t.string({
      required: true,
      description: 'The region’s `code` as this API answers it: Civo `LON1` (any case), Gcore `76`.',
    }),
  }),
});

export const ImageFilterInput = builder.inputType('ImageFilter', {
  description:
    'Which images a cross-cloud search returns. Every field narrows the result; lists match any of their values (an empty list is refused: leave the field out for its default). ' +
    'Every filter is applied here, to each partition’s plain listing.',
  fields: (t) => ({
    providers: t.field({
      type: [CloudProviderEnum],
      description:
        'Only these clouds. Naming an unconfigured one (here, or through regions or gcoreProjectIds) reports it as failed with PROVIDER_NOT_CONFIGURED.',
    }),
    regions: t.stringList({
      deprecationReason: 'A plain code can name a region of several clouds: use `providerRegions`.',
      description:
        'Only these regions, by plain code (Civo `LON1`, any case; Gcore `76`): a code only one provider could spell names its region; one that several could is refused (use `providerRegions`). One region named twice (`lon1`, `LON1`) is searched once. ' +
        'A region the provider does not list fails once as UPSTREAM_NOT_FOUND (for every Gcore project at once), without a call.',
    }),
    providerRegions: t.field({
      type: [ProviderRegionInput],
      description:
        'Only these regions, each by provider and code (`{provider: CIVO, code: "LON1"}`); with `regions` too, either may match. ' +
        'A region the provider does not list fails once as UPSTREAM_NOT_FOUND, without a call.',
    }),
    gcoreProjectIds: t.intList({
      description:
        'Only these Gcore projects. Default: GCORE_PROJECT_IDS, else every project. A project Gcore does not list (GET /cloud/v1/projects) fails once as UPSTREAM_NOT_FOUND, without a call.',
    }),
    distributions: t.stringList({ description: 'Only these distributions, any case (`ubuntu`, `debian`).' }),
    versions: t.stringList({ description: 'Only these exact versions (`22.04`).' }),
    versionPrefixes: t.stringList({
      description:
        'Only versions starting with one of these on a segment boundary: `22` matches `22.04` and `22.04-cuda12-2`, not `220`. ' +
        'A prefix that ends in a separator already marks the boundary: `22.` matches `22.04`, `22.04-` matches `22.04-cuda12-2`.',
    }),
    architectures: t.field({ type: [ArchitectureEnum], description: 'Only these architectures.' }),
    osTypes: t.field({ type: [OsTypeEnum], description: 'Only these OS families.' }),
    statuses: t.field({
      type: [ImageStatusEnum],
      description:
        'Only these statuses. Default (leave it out): AVAILABLE only (with includeDeprecated: AVAILABLE and DEPRECATED).',
    }),
    includeDeprecated: t.boolean({
      description: 'With the default statuses, also return DEPRECATED images. Ignored when statuses is given.',
    }),
    nameContains: t.string({
      description: 'Case-insensitive substring of the image name (plain text, not a pattern).',
    }),
    visibility: t.field({
      type: [ImageVisibilityEnum],
      description:
        'Only these visibilities. Default (leave it out): all for images; PUBLIC for latestImage and imageFamilies, so a custom look-alike never wins.',
    }),
    gpu: t.boolean({ description: 'true: only GPU images (a GPU driver, CUDA, NVIDIA); false: only images without.' }),
    baremetal: t.boolean({
      description:
        'true: only bare-metal images (Gcore `bmimages`, a separate listing, asked only in regions with bare metal). Default: virtual-machine images.',
    }),
    minRamMb: t.int({
      description:
        'The instance’s memory in MB: only images whose minimum RAM it satisfies (images stating none pass).',
    }),
    minDiskGb: t.int({
      description:
        'The instance’s boot disk in GiB: only images whose minimum disk it satisfies (images stating none pass).',
    }),
  }),
});

export interface ImageFilterArgs {
  providers?: CloudProvider[] | null;
  regions?: string[] | null;
  providerRegions?: { provider: CloudProvider; code: string }[] | null;
  gcoreProjectIds?: number[] | null;
  distributions?: string[] | null;
  versions?: string[] | null;
  versionPrefixes?: string[] | null;
  architectures?: Architecture[] | null;
  osTypes?: OsType[] | null;
  statuses?: ImageStatus[] | null;
  includeDeprecated?: boolean | null;
  nameContains?: string | null;
  visibility?: ImageVisibility[] | null;
  gpu?: boolean | null;
  baremetal?: boolean | null;
  minRamMb?: number | null;
  minDiskGb?: number | null;
}

const MAX_LIST = 100;

/** Validates and normalises the GraphQL filter; defaults apply here, once. */
export function toImageFilter(
  input: ImageFilterArgs | null | undefined,
  defaults: { visibility?: ImageVisibility[] } = {},
): ImageFilter {
  const args = input ?? {};
  const filter: ImageFilter = {
    statuses: args.statuses
      ? list(args.statuses, 'statuses', 'AVAILABLE only, or AVAILABLE and DEPRECATED with includeDeprecated: true')
      : args.includeDeprecated
        ? [...DEFAULT_STATUSES, 'DEPRECATED']
        : DEFAULT_STATUSES,
  };
  if (args.providers) filter.providers = list(args.providers, 'providers', 'every configured provider');
  const regions = [
    ...(args.regions ? list(args.regions, 'regions', 'every configured region', plainRegion) : []),
    ...(args.providerRegions
      ? list(args.providerRegions, 'providerRegions', 'every configured region', providerRegion)
      : []),
  ];
  if (args.regions || args.providerRegions) filter.regions = distinctRegions(regions);
  if (args.gcoreProjectIds)
    filter.gcoreProjectIds = list(args.gcoreProjectIds, 'gcoreProjectIds', 'every configured project', (id) =>
      positive(id, 'gcoreProjectIds'),
    );
  if (args.distributions)
    filter.distributions = list(args.distributions, 'distributions', 'any', (value) =>
      textArgument(value, 'distributions').trim().toLowerCase(),
    );
  if (args.versions)
    filter.versions = list(args.versions, 'versions', 'any', (value) => textArgument(value, 'versions').trim());
  if (args.versionPrefixes)
    filter.versionPrefixes = list(args.versionPrefixes, 'versionPrefixes', 'any', (value) =>
      textArgument(value, 'versionPrefixes').trim(),
    );
  if (args.architectures) filter.architectures = list(args.architectures, 'architectures', 'any');
  if (args.osTypes) filter.osTypes = list(args.osTypes, 'osTypes', 'any');
  if (args.nameContains != null) filter.nameContains = textArgument(args.nameContains, 'nameContains');
  if (args.visibility) {
    filter.visibility = list(
      args.visibility,
      'visibility',
      defaults.visibility ? `${defaults.visibility.join(', ')} only` : 'any visibility',
    );
  } else if (defaults.visibility) {
    filter.visibility = [...defaults.visibility];
  }
  if (args.gpu != null) filter.gpu = args.gpu;
  if (args.baremetal != null) filter.baremetal = args.baremetal;
  if (args.minRamMb != null) filter.minRamMb = nonNegative(args.minRamMb, 'minRamMb');
  if (args.minDiskGb != null) filter.minDiskGb = nonNegative(args.minDiskGb, 'minDiskGb');
  return filter;
}

/**
 * A list argument, each value checked and normalised, then deduplicated: `LON1` and `lon1`
 * (or Gcore `076` and `76`) name one region, searched and counted once.
 */
function list<T, U = T>(
  values: T[],
  argument: string,
  defaultMeaning: string,
  normalise: (value: T) => U = (value) => value as unknown as U,
): U[] {
  if (values.length === 0) {
    throw badUserInput(
      `filter.${argument} is empty, which matches nothing; leave it out for the default (${defaultMeaning}).`,
      { argument: `filter.${argument}` },
    );
  }
  if (values.length > MAX_LIST)
    throw badUserInput(`filter.${argument} has more than ${MAX_LIST} values.`, { argument: `filter.${argument}` });
  return [...new Set(values.map(normalise))];
}

/** A plain code names the region of every provider whose code syntax takes it. */
function plainRegion(value: string): RegionKey {
  const keys = registeredProviders().flatMap(({ name: provider, parseRegionCode }) => {
    const code = parseRegionCode(value);
    return code === null ? [] : [{ provider, code }];
  });
  const shown = value.trim().slice(0, 60);
  if (keys.length === 1) return keys[0]!;
  // A code several clouds could spell would search regions the client never meant.
  if (keys.length > 1) {
    throw badUserInput(
      `"${shown}" could be a region of ${keys.map((key) => key.provider).join(' or ')}: name it in filter.providerRegions with its provider.`,
      { argument: 'filter.regions' },
    );
  }
  const examples = registeredProviders()
    .map((provider) => `${provider.label} ${provider.regionExample}`)
    .join(', ');
  throw badUserInput(`"${shown}" is not a region code of any provider (like ${examples}).`, {
    argument: 'filter.regions',
  });
}

function providerRegion({ provider, code }: { provider: CloudProvider; code: string }): RegionKey {
  const plugin = providerNamed(provider);
  const parsed = plugin.parseRegionCode(code);
  if (parsed !== null) return { provider, code: parsed };
  throw badUserInput(
    `"${code.trim().slice(0, 60)}" is not a ${plugin.label} region code (like ${plugin.regionExample}).`,
    {
      argument: 'filter.providerRegions',
    },
  );
}

/** `LON1` and `lon1`, `76` and `076`, named twice or both ways: one region, searched once. */
function distinctRegions(keys: RegionKey[]): RegionKey[] {
  const byKey = new Map(keys.map((key) => [`${key.provider}:${key.code}`, key]));
  return [...byKey.values()];
}

function positive(value: number, argument: string): number {
  if (value < 1)
    throw badUserInput(`filter.${argument} takes positive ids, got ${value}.`, { argument: `filter.${argument}` });
  return value;
}

function nonNegative(value: number, argument: string): number {
  if (value < 0) throw badUserInput(`filter.${argument} cannot be negative.`, { argument: `filter.${argument}` });
  return value;
}

import type { Architecture, CloudProvider, ImageStatus, ImageVisibility, OsType } from '../../../catalog/disk-image.js';
import { DEFAULT_STATUSES, type ImageFilter } from '../../../catalog/image-filter.js';
import { CIVO_REGION_CODE } from '../../../config.js';
import { badUserInput } from '../../../errors.js';
import { textArgument } from '../../arguments.js';
import { builder } from '../../builder.js';
import { ArchitectureEnum, CloudProviderEnum, ImageStatusEnum, ImageVisibilityEnum, OsTypeEnum } from '../image-enums.js';

export const ImageFilterInput = builder.inputType('ImageFilter', {
  description:
    'Which images a cross-cloud search returns. Every field narrows the result; lists match any of their values. ' +
    'What an upstream can evaluate is sent to it (Gcore `name`, `os_distro`, `os_version`, `architecture`, ' +
    '`visibility`; Civo `type=custom`); the rest is applied here. That only changes the cost, never the answer.',
  fields: (t) => ({
    providers: t.field({ type: [CloudProviderEnum], description: 'Only these clouds. Naming an unconfigured one reports it as failed.' }),
    regions: t.stringList({ description: 'Only these regions: Civo codes (`LON1`, any case) and Gcore region ids (`76`).' }),
    gcoreProjectIds: t.intList({ description: 'Only these Gcore projects. Default: GCORE_PROJECT_IDS, else every project.' }),
    distributions: t.stringList({ description: 'Only these distributions, any case (`ubuntu`, `debian`).' }),
    versions: t.stringList({ description: 'Only these exact versions (`22.04`).' }),
    versionPrefixes: t.stringList({
      description: 'Only versions starting with one of these on a segment boundary: `22` matches `22.04` and `22.04-cuda12-2`, not `220`.',
    }),
    architectures: t.field({ type: [ArchitectureEnum], description: 'Only these architectures.' }),
    osTypes: t.field({ type: [OsTypeEnum], description: 'Only these OS families.' }),
    statuses: t.field({
      type: [ImageStatusEnum],
      description: 'Only these statuses. Default: AVAILABLE only (with includeDeprecated: AVAILABLE and DEPRECATED).',
    }),
    includeDeprecated: t.boolean({ description: 'With the default statuses, also return DEPRECATED images. Ignored when statuses is given.' }),
    nameContains: t.string({ description: 'Case-insensitive substring of the image name (plain text, not a pattern).' }),
    visibility: t.field({
      type: [ImageVisibilityEnum],
      description: 'Only these visibilities. Default: all. (latestImage defaults to PUBLIC so a custom look-alike never wins.)',
    }),
    gpu: t.boolean({ description: 'true: only GPU images (a GPU driver, CUDA, NVIDIA); false: only images without.' }),
    baremetal: t.boolean({ description: 'true: only bare-metal images (Gcore `bmimages`, a separate listing). Default: virtual-machine images.' }),
    minRamMb: t.int({ description: 'The instance’s memory in MB: only images whose minimum RAM it satisfies (images stating none pass).' }),
    minDiskGb: t.int({ description: 'The instance’s boot disk in GiB: only images whose minimum disk it satisfies (images stating none pass).' }),
  }),
});

export interface ImageFilterArgs {
  providers?: CloudProvider[] | null;
  regions?: string[] | null;
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
export function toImageFilter(input: ImageFilterArgs | null | undefined, defaults: { visibility?: ImageVisibility[] } = {}): ImageFilter {
  const args = input ?? {};
  const filter: ImageFilter = {
    statuses: args.statuses ? list(args.statuses, 'statuses') : args.includeDeprecated ? [...DEFAULT_STATUSES, 'DEPRECATED'] : DEFAULT_STATUSES,
  };
  if (args.providers) filter.providers = list(args.providers, 'providers');
  if (args.regions) filter.regions = list(args.regions, 'regions').map(regionCode);
  if (args.gcoreProjectIds) filter.gcoreProjectIds = list(args.gcoreProjectIds, 'gcoreProjectIds').map((id) => positive(id, 'gcoreProjectIds'));
  if (args.distributions) filter.distributions = list(args.distributions, 'distributions').map((value) => textArgument(value, 'distributions').trim().toLowerCase());
  if (args.versions) filter.versions = list(args.versions, 'versions').map((value) => textArgument(value, 'versions').trim());
  if (args.versionPrefixes) filter.versionPrefixes = list(args.versionPrefixes, 'versionPrefixes').map((value) => textArgument(value, 'versionPrefixes').trim());
  if (args.architectures) filter.architectures = list(args.architectures, 'architectures');
  if (args.osTypes) filter.osTypes = list(args.osTypes, 'osTypes');
  if (args.nameContains != null) filter.nameContains = textArgument(args.nameContains, 'nameContains');
  const visibility = args.visibility ?? defaults.visibility;
  if (visibility) filter.visibility = list(visibility, 'visibility');
  if (args.gpu != null) filter.gpu = args.gpu;
  if (args.baremetal != null) filter.baremetal = args.baremetal;
  if (args.minRamMb != null) filter.minRamMb = nonNegative(args.minRamMb, 'minRamMb');
  if (args.minDiskGb != null) filter.minDiskGb = nonNegative(args.minDiskGb, 'minDiskGb');
  return filter;
}

function list<T>(values: T[], argument: string): T[] {
  if (values.length === 0) throw badUserInput(`filter.${argument} is empty; leave it out to mean "any".`, { argument: `filter.${argument}` });
  if (values.length > MAX_LIST) throw badUserInput(`filter.${argument} has more than ${MAX_LIST} values.`, { argument: `filter.${argument}` });
  return [...new Set(values)];
}

function regionCode(value: string): string {
  const trimmed = value.trim();
  if (/^[1-9][0-9]{0,9}$/.test(trimmed)) return trimmed;
  if (CIVO_REGION_CODE.test(trimmed)) return trimmed.toUpperCase();
  throw badUserInput(`"${trimmed.slice(0, 60)}" is neither a Civo region code (LON1) nor a Gcore region id (76).`, { argument: 'filter.regions' });
}

function positive(value: number, argument: string): number {
  if (value < 1) throw badUserInput(`filter.${argument} takes positive ids, got ${value}.`, { argument: `filter.${argument}` });
  return value;
}

function nonNegative(value: number, argument: string): number {
  if (value < 0) throw badUserInput(`filter.${argument} cannot be negative.`, { argument: `filter.${argument}` });
  return value;
}

import type { ImageVisibility } from '../../../catalog/disk-image.js';
import type { GcoreImage } from '../model.js';
import { matchesGcoreFilters, type GcoreImageFilters } from '../list-filters.js';
import type { GcoreImageRecord, GcoreTagRecord } from '../read.js';
import type { Context } from '../../../context.js';
import { requireGcore } from '../scope.js';
import { badUserInput } from '../../../errors.js';
import { parseUpstreamTimestamp } from '../../../upstream/timestamps.js';
import { nativeIdArgument, positiveIntArgument, textArgument } from '../../../schema/arguments.js';
import { builder } from '../../../schema/builder.js';
import { assertNotGlobalId } from '../../../schema/global-id.js';
import { DiskImageRef } from '../../../schema/types/disk-image.js';
import { ArchitectureEnum, ImageVisibilityEnum } from '../../../schema/types/image-enums.js';

const GcoreTagRef = builder.objectRef<GcoreTagRecord>('GcoreTag').implement({
  description: 'A key/value tag of a Gcore image (`tags_v2`, or the older `tags`).',
  fields: (t) => ({
    key: t.exposeString('key', { description: 'Tag key.' }),
    value: t.exposeString('value', { nullable: true, description: 'Tag value; null when Gcore sent a bare key.' }),
    readOnly: t.exposeBoolean('read_only', {
      nullable: true,
      description: 'Set by Gcore; cannot be changed by the project. Null when Gcore does not say.',
    }),
  }),
});

const GcoreImagePriceRef = builder.objectRef<GcoreImageRecord>('GcoreImagePrice').implement({
  description: 'What running this image costs, as Gcore prices it.',
  fields: (t) => ({
    currencyCode: t.string({
      nullable: true,
      description: '`currency_code`, e.g. EUR.',
      resolve: (image) => image.currency_code,
    }),
    pricePerHour: t.float({
      nullable: true,
      description: '`price_per_hour`.',
      resolve: (image) => image.price_per_hour,
    }),
    pricePerMonth: t.float({
      nullable: true,
      description: '`price_per_month`.',
      resolve: (image) => image.price_per_month,
    }),
    status: t.string({
      // Optional in every SDK model: a price without it is not an `error` we may invent.
      nullable: true,
      description: '`price_status`: `show`, `hide` (prices withheld) or `error`; null when Gcore sent none.',
      resolve: (image) => image.price_status,
    }),
  }),
});

export const GcoreTagFilterInput = builder.inputType('GcoreTagFilter', {
  description: 'An exact tag match for `gcoreImages(tagKeyValues:)`.',
  fields: (t) => ({
    key: t.string({ required: true, description: 'Tag key.' }),
    value: t.string({ required: true, description: 'Tag value.' }),
  }),
});

export const GcoreImageRef = builder.objectRef<GcoreImage>('GcoreImage');

/** Where a GcoreImage id points: a project (null for a public image: any project lists it) and region. */
interface GcoreImageIdParts {
  projectId: number | null;
  regionId: number;
  imageId: string;
  baremetal: boolean;
}

/**
 * The local part of a GcoreImage global id: `project:region:imageId`, or `public:region:imageId`
 * for a public image. Gcore lists a public image in every project with one id, so it gets one
 * global id too, and a frontend cache (Apollo's InMemoryCache) holds it once.
 */
function localIdOf(image: GcoreImage): string {
  const owner = image.visibility === 'PUBLIC' ? PUBLIC : String(image.projectId);
  return `${owner}:${image.regionId}:${image.baremetal ? 'bm:' : ''}${image.imageId}`;
}

const PUBLIC = 'public';

function parseLocalId(id: string): GcoreImageIdParts {
  const match = /^([1-9][0-9]{0,15}|public):([1-9][0-9]{0,9}):(bm:)?(.+)$/.exec(id);
  if (!match) throw badUserInput('Not a GcoreImage id.', { argument: 'id' });
  return {
    projectId: match[1] === PUBLIC ? null : Number(match[1]),
    regionId: Number(match[2]),
    baremetal: match[3] !== undefined,
    imageId: nativeIdArgument(match[4]!, 'id'),
  };
}

builder.node(GcoreImageRef, {
  description:
    'A Gcore image (`GET /cloud/v1/images` or `bmimages`): the normalised DiskImage fields plus every field of the Gcore image object.',
  interfaces: [DiskImageRef],
  // Bare-metal images are listed by another endpoint; the id says which, so refetching any
  // number of them costs that one listing.
  // Parsed while the `id`/`ids` argument is decoded: a malformed id fails its field before any call.
  id: { resolve: localIdOf, parse: parseLocalId },
  loadOne: async ({ projectId: owner, regionId, imageId, baremetal }, context) => {
    const gcore = requireGcore(context);
    // A public image is looked up where searches take it from: the first configured project.
    const projectId = owner ?? (await gcore.directory.defaultProjectId());
    return gcore.loaders.image(projectId, regionId, imageId, { baremetal });
  },
  isTypeOf: (value) => (value as GcoreImage).provider === 'GCORE' && 'projectId' in (value as GcoreImage),
  fields: (t) => ({
    projectId: t.int({
      description:
        'The project this image was listed for. A public image is listed in every project; cross-cloud answers (images, latestImage, imageFamilies, equivalents) keep it once, from the first configured project (the default project first).',
      resolve: (image) => image.projectId,
    }),
    ownerProjectId: t.int({
      nullable: true,
      description: 'Raw `project_id`: the project that owns the image.',
      resolve: (image) => image.raw.project_id,
    }),
    regionId: t.int({ description: 'Gcore region id (`region_id`).', resolve: (image) => image.regionId }),
    regionName: t.string({
      nullable: true,
      description: 'Raw `region`: the region display name.',
      resolve: (image) => image.raw.region,
    }),
    diskFormat: t.string({
      nullable: true,
      description: '`disk_format`: `raw`, `qcow2`, …',
      resolve: (image) => image.raw.disk_format,
    }),
    minDisk: t.int({
      nullable: true,
      description: '`min_disk`: smallest boot volume, GiB.',
      resolve: (image) => image.raw.min_disk,
    }),
    minRam: t.int({
      nullable: true,
      description: '`min_ram`: smallest memory, MB.',
      resolve: (image) => image.raw.min_ram,
    }),
    rawVisibility: t.string({
      nullable: true,
      description: 'Raw `visibility` (`public`, `private`, `shared`); `visibility` is the normalised value.',
      resolve: (image) => image.raw.visibility,
    }),
    osDistro: t.string({ nullable: true, description: 'Raw `os_distro`.', resolve: (image) => image.raw.os_distro }),
    osVersion: t.string({ nullable: true, description: 'Raw `os_version`.', resolve: (image) => image.raw.os_version }),
    rawOsType: t.string({
      nullable: true,
      description: 'Raw `os_type` (`linux`, `windows`); `osType` is the normalised value.',
      resolve: (image) => image.raw.os_type,
    }),
    rawArchitecture: t.string({
      nullable: true,
      description: 'Raw `architecture` (`x86_64`, `aarch64`); `architecture` is the normalised value.',
      resolve: (image) => image.raw.architecture,
    }),
    size: t.field({
      type: 'SafeInt',
      nullable: true,
      description: 'Raw `size` in bytes (the same as `sizeBytes`).',
      resolve: (image) => image.raw.size,
    }),
    displayOrder: t.int({
      nullable: true,
      description: '`display_order` in Gcore’s UI.',
      resolve: (image) => image.raw.display_order,
    }),
    sshKey: t.string({
      nullable: true,
      description: '`ssh_key`: `allow`, `deny` or `required`.',
      resolve: (image) => image.raw.ssh_key,
    }),
    hwFirmwareType: t.string({
      nullable: true,
      description: '`hw_firmware_type`: `bios` or `uefi`.',
      resolve: (image) => image.raw.hw_firmware_type,
    }),
    hwMachineType: t.string({
      nullable: true,
      description: '`hw_machine_type`: `i440` or `q35` (older images: `pc`).',
      resolve: (image) => image.raw.hw_machine_type,
    }),
    isBaremetal: t.boolean({
      description: 'A bare-metal (Ironic) image: listed by `bmimages`, or `is_baremetal` says so.',
      resolve: (image) => image.baremetal,
    }),
    gpuDriver: t.string({ nullable: true, description: '`gpu_driver`.', resolve: (image) => image.raw.gpu_driver }),
    gpuDriverType: t.string({
      nullable: true,
      description: '`gpu_driver_type`.',
      resolve: (image) => image.raw.gpu_driver_type,
    }),
    gpuDriverVersion: t.string({
      nullable: true,
      description: '`gpu_driver_version`.',
      resolve: (image) => image.raw.gpu_driver_version,
    }),
    updatedAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: '`updated_at`, in UTC.',
      resolve: (image) => parseUpstreamTimestamp(image.raw.updated_at),
    }),
    rawCreatedAt: t.string({
      nullable: true,
      description: 'Raw `created_at` as Gcore sent it; `createdAt` is the parsed value.',
      resolve: (image) => image.raw.created_at,
    }),
    creatorTaskId: t.string({
      nullable: true,
      description: '`creator_task_id`.',
      resolve: (image) => image.raw.creator_task_id,
    }),
    taskId: t.string({ nullable: true, description: '`task_id`.', resolve: (image) => image.raw.task_id }),
    tags: t.field({
      type: [GcoreTagRef],
      description: 'Tags (`tags_v2`, else the older `tags`); empty when Gcore sends none.',
      resolve: (image) => image.raw.tags,
    }),
    price: t.field({
      type: GcoreImagePriceRef,
      nullable: true,
      description:
        'Price of the image (listings always ask for prices, `include_prices=true`); null when Gcore sent none.',
      resolve: (image) =>
        image.raw.price_status === null && image.raw.price_per_hour === null && image.raw.price_per_month === null
          ? null
          : image.raw,
    }),
  }),
});

/** Resolves the project argument: given, or the configured/default project. */
async function projectOf(projectId: number | null | undefined, context: Context): Promise<number> {
  if (projectId != null) return positiveIntArgument(projectId, 'projectId');
  return requireGcore(context).directory.defaultProjectId();
}

builder.queryFields((t) => ({
  gcoreImages: t.field({
    type: [GcoreImageRef],
    // Root fields are nullable: one failing field must not null the whole response.
    nullable: true,
    description:
      'Images of one Gcore project and region (all pages), filtered with Gcore’s own list semantics. ' +
      'Every lookup of the partition shares one plain listing: one upstream call per project × region per request.',
    args: {
      projectId: t.arg.int({
        description: 'Project id. Default: the first of GCORE_PROJECT_IDS, else the account’s default project.',
      }),
      regionId: t.arg.int({ required: true, description: 'Region id (e.g. 76).' }),
      baremetal: t.arg.boolean({
        defaultValue: false,
        description: 'List bare-metal images (`bmimages`) instead of VM images.',
      }),
      visibility: t.arg({
        type: ImageVisibilityEnum,
        description: 'Only PUBLIC, PRIVATE or SHARED images (CUSTOM is Civo’s).',
      }),
      name: t.arg.string({ description: 'Case-insensitive substring of the name.' }),
      private: t.arg.boolean({
        deprecationReason:
          'Has no effect: every listing already holds the project’s private images. Use `visibility: PRIVATE`.',
        description: 'Ignored (see the deprecation).',
      }),
      osDistro: t.arg.string({ description: 'Exact `os_distro`, e.g. `ubuntu`.' }),
      osVersion: t.arg.string({ description: 'Exact `os_version`, e.g. `22.04`.' }),
      architecture: t.arg({ type: ArchitectureEnum, description: 'Only this architecture.' }),
      tagKeys: t.arg.stringList({ description: 'Only images that have every one of these tag keys.' }),
      tagKeyValues: t.arg({
        type: [GcoreTagFilterInput],
        description: 'Only images whose tags match every key = value pair.',
      }),
    },
    resolve: async (_root, args, context) => {
      const gcore = requireGcore(context);
      const regionId = positiveIntArgument(args.regionId, 'regionId');
      const projectId = await projectOf(args.projectId, context);
      const filters = imageFilters(args);
      const listed = await gcore.loaders.images(projectId, regionId, { baremetal: args.baremetal ?? false });
      return listed.filter((image) => matchesGcoreFilters(image, filters));
    },
  }),
  gcoreImage: t.field({
    type: GcoreImageRef,
    nullable: true,
    description:
      'One Gcore image by its Gcore id; null when there is none. Answered from the partition’s listing when possible.',
    args: {
      projectId: t.arg.int({
        description: 'Project id. Default: the first of GCORE_PROJECT_IDS, else the account’s default project.',
      }),
      regionId: t.arg.int({ required: true, description: 'Region id (e.g. 76).' }),
      imageId: t.arg.id({ required: true, description: 'The Gcore image id (a uuid).' }),
    },
    resolve: async (_root, args, context, info) => {
      const gcore = requireGcore(context);
      const regionId = positiveIntArgument(args.regionId, 'regionId');
      assertNotGlobalId(info.schema, args.imageId, 'imageId');
      const imageId = nativeIdArgument(args.imageId, 'imageId');
      const projectId = await projectOf(args.projectId, context);
      return gcore.loaders.image(projectId, regionId, imageId);
    },
  }),
}));

interface ImageFilterArgs {
  visibility?: ImageVisibility | null;
  name?: string | null;
  osDistro?: string | null;
  osVersion?: string | null;
  architecture?: 'X86_64' | 'ARM64' | null;
  tagKeys?: string[] | null;
  tagKeyValues?: { key: string; value: string }[] | null;
}

/** Our arguments → the list filters, each checked before anything is asked upstream. */
function imageFilters(args: ImageFilterArgs): GcoreImageFilters {
  const filters: GcoreImageFilters = {};
  if (args.visibility != null) {
    if (args.visibility === 'CUSTOM')
      throw badUserInput('Gcore images are PUBLIC, PRIVATE or SHARED; CUSTOM is a Civo visibility.', {
        argument: 'visibility',
      });
    filters.visibility = args.visibility;
  }
  if (args.name != null) filters.name = textArgument(args.name, 'name');
  if (args.osDistro != null) filters.osDistro = textArgument(args.osDistro, 'osDistro');
  if (args.osVersion != null) filters.osVersion = textArgument(args.osVersion, 'osVersion');
  if (args.architecture != null) filters.architecture = args.architecture;
  if (args.tagKeys?.length) filters.tagKeys = args.tagKeys.map((key) => textArgument(key, 'tagKeys'));
  if (args.tagKeyValues?.length) {
    filters.tagKeyValues = args.tagKeyValues.map(({ key, value }) => ({
      key: textArgument(key, 'tagKeyValues'),
      value: textArgument(value, 'tagKeyValues'),
    }));
  }
  return filters;
}

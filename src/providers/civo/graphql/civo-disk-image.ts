import type { CivoImage } from '../model.js';
import { requireCivo } from '../scope.js';
import { badUserInput } from '../../../errors.js';
import { nativeIdArgument } from '../../../schema/arguments.js';
import { civoRegionArgument } from '../region-code.js';
import { builder } from '../../../schema/builder.js';
import { assertNotGlobalId } from '../../../schema/global-id.js';
import { DiskImageRef } from '../../../schema/types/disk-image.js';

export const CivoDiskImageRef = builder.objectRef<CivoImage>('CivoDiskImage');

/** The local part of a CivoDiskImage global id: `REGION:imageId`. */
function parseLocalId(id: string): { region: string; imageId: string } {
  const separator = id.indexOf(':');
  if (separator < 0) throw badUserInput('Not a CivoDiskImage id.', { argument: 'id' });
  return {
    region: civoRegionArgument(id.slice(0, separator), 'id'),
    imageId: nativeIdArgument(id.slice(separator + 1), 'id'),
  };
}

builder.node(CivoDiskImageRef, {
  description:
    'A Civo disk image (`GET /v2/disk_images`): the normalised DiskImage fields plus everything Civo returns.',
  interfaces: [DiskImageRef],
  // Parsed while the `id`/`ids` argument is decoded: a malformed id fails its field before any call.
  id: { resolve: (image) => `${image.regionCode}:${image.imageId}`, parse: parseLocalId },
  loadOne: ({ region, imageId }, context) => {
    const civo = requireCivo(context);
    return civo.loaders.image(region, imageId);
  },
  isTypeOf: (value) => (value as CivoImage).provider === 'CIVO' && 'regionCode' in (value as CivoImage),
  fields: (t) => ({
    state: t.string({
      nullable: true,
      description: 'Civo `state`: `available`, or an upload state for custom images.',
      resolve: (image) => image.raw.state,
    }),
    label: t.string({
      nullable: true,
      description: 'Civo `label`; null when unset.',
      resolve: (image) => image.raw.label ?? null,
    }),
    initialUser: t.string({
      nullable: true,
      description: 'Login user the image creates (`initial_user`).',
      resolve: (image) => image.raw.initial_user ?? null,
    }),
    rawDistribution: t.string({
      nullable: true,
      description: 'Raw `distribution` as Civo sent it; `distribution` is the lower-cased value.',
      resolve: (image) => image.raw.distribution,
    }),
    os: t.string({
      nullable: true,
      description: 'Raw Civo `os` (`linux`, `windows`); see `osType` for the normalised value.',
      resolve: (image) => image.raw.os ?? null,
    }),
    distributionDefault: t.boolean({
      nullable: true,
      description: 'This is the image Civo picks for its distribution (`distribution_default`).',
      resolve: (image) => image.raw.distribution_default ?? null,
    }),
    logoUrl: t.string({
      nullable: true,
      description: 'Distribution logo (`logo_url`).',
      resolve: (image) => image.raw.logo_url ?? null,
    }),
    diskImageUrl: t.string({
      nullable: true,
      description: 'Where the image file was uploaded from (`disk_image_url`).',
      resolve: (image) => image.raw.disk_image_url ?? null,
    }),
    diskImageSizeBytes: t.field({
      type: 'SafeInt',
      nullable: true,
      description: 'Raw `disk_image_size_bytes`; `sizeBytes` reads its zero value (Go’s “unset”) as null.',
      resolve: (image) => image.raw.disk_image_size_bytes ?? null,
    }),
    createdBy: t.string({
      nullable: true,
      description: 'Who created the image (`created_by`).',
      resolve: (image) => image.raw.created_by ?? null,
    }),
    rawCreatedAt: t.string({
      nullable: true,
      description: 'Raw `created_at` as Civo sent it, zero time included; `createdAt` is the parsed value.',
      resolve: (image) => image.raw.created_at ?? null,
    }),
    regionCode: t.string({
      description: 'Upper-case code of the region this image was listed in.',
      resolve: (image) => image.regionCode,
    }),
  }),
});

builder.queryFields((t) => ({
  civoDiskImages: t.field({
    type: [CivoDiskImageRef],
    // Root fields are nullable: one failing field must not null the whole response.
    nullable: true,
    description:
      'Every disk image of one Civo region, unfiltered (talos and k3s images included). One upstream call per region per request.',
    args: {
      region: t.arg.string({
        description:
          'Region code, any case (e.g. `LON1`). Default: the first configured region (CIVO_REGIONS, else the account default) — never a random one.',
      }),
      custom: t.arg.boolean({
        defaultValue: false,
        description: 'Only the account’s custom images (visibility CUSTOM), from the same listing.',
      }),
    },
    resolve: async (_root, args, context) => {
      const civo = requireCivo(context);
      const region = args.region == null ? await civo.directory.defaultRegion() : civoRegionArgument(args.region);
      const images = await civo.loaders.images(region);
      return args.custom ? images.filter((image) => image.visibility === 'CUSTOM') : images;
    },
  }),
  civoDiskImage: t.field({
    type: CivoDiskImageRef,
    nullable: true,
    description:
      'One Civo disk image by its Civo id; null when the region has no such image. Answered from the region’s listing when possible.',
    args: {
      region: t.arg.string({
        required: true,
        description: 'Region code, any case: Civo image ids are unique per region.',
      }),
      id: t.arg.id({ required: true, description: 'The Civo image id (a uuid).' }),
    },
    resolve: (_root, args, context, info) => {
      const civo = requireCivo(context);
      const region = civoRegionArgument(args.region);
      assertNotGlobalId(info.schema, args.id, 'id');
      const imageId = nativeIdArgument(args.id, 'id');
      return civo.loaders.image(region, imageId);
    },
  }),
}));

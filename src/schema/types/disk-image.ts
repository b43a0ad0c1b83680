import type { DiskImage } from '../../catalog/disk-image.js';
import { providerNamed } from '../../providers/plugin.js';
import { builder } from '../builder.js';
import {
  ArchitectureEnum,
  CloudProviderEnum,
  ImageStatusEnum,
  ImageVisibilityEnum,
  OsTypeEnum,
} from './image-enums.js';
import { regionOfImage, RegionRef } from './region.js';

export const DiskImageRef = builder.interfaceRef<DiskImage>('DiskImage').implement({
  description:
    'A bootable disk/OS image of any provider, with the fields every image has, normalised. ' +
    'Select `... on CivoDiskImage` or `... on GcoreImage` for everything a provider says.',
  interfaces: [builder.nodeInterfaceRef()],
  resolveType: (image) => providerNamed(image.provider).imageType,
  fields: (t) => ({
    provider: t.field({
      type: CloudProviderEnum,
      description: 'The cloud that serves this image.',
      resolve: (image) => image.provider,
    }),
    imageId: t.id({
      description:
        'The provider’s own id of the image, as its API and tools use it. Unique only within its region (and, for Gcore, project).',
      resolve: (image) => image.imageId,
    }),
    name: t.exposeString('name', {
      description: 'The provider’s image name, e.g. `ubuntu-jammy` (Civo) or `ubuntu-22.04-x64` (Gcore).',
    }),
    distribution: t.exposeString('distribution', {
      nullable: true,
      description:
        'Lower-case distribution, e.g. `ubuntu`, `debian`, `windows` (Civo `distribution`, Gcore `os_distro`).',
    }),
    version: t.exposeString('version', {
      nullable: true,
      description:
        'Distribution version as the provider spells it; not always numeric (`22.04`, `9.1`, `22.04-cuda12-2`).',
    }),
    architecture: t.field({
      type: ArchitectureEnum,
      nullable: true,
      description: 'CPU architecture; null when unknown. Civo offers x86-64 machines only, so its images are X86_64.',
      resolve: (image) => image.architecture,
    }),
    osType: t.field({
      type: OsTypeEnum,
      nullable: true,
      description: 'Operating-system family; null when unknown.',
      resolve: (image) => image.osType,
    }),
    status: t.field({
      type: ImageStatusEnum,
      description: 'Normalised lifecycle status.',
      resolve: (image) => image.status,
    }),
    providerStatus: t.exposeString('providerStatus', {
      nullable: true,
      description: 'The raw status: Civo `state` or Gcore `status`.',
    }),
    description: t.exposeString('description', {
      nullable: true,
      description: 'Free-text description; null when the provider has none.',
    }),
    sizeBytes: t.field({
      type: 'SafeInt',
      nullable: true,
      description:
        'Image size in bytes (Civo `disk_image_size_bytes`, Gcore `size`); null when unknown. Often above 2^32.',
      resolve: (image) => image.sizeBytes,
    }),
    createdAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When the image was created, in UTC; null when unknown (Civo sends the zero time for that).',
      resolve: (image) => image.createdAt,
    }),
    visibility: t.field({
      type: ImageVisibilityEnum,
      description: 'PUBLIC for the provider’s official images; Gcore PRIVATE/SHARED; Civo CUSTOM.',
      resolve: (image) => image.visibility,
    }),
    gpu: t.boolean({
      description: 'Built for GPU machines (a GPU driver, CUDA or NVIDIA in the name).',
      resolve: (image) => image.gpu,
    }),
    region: t.field({
      type: RegionRef,
      description: 'The region this image was listed in.',
      resolve: (image, _args, context) => regionOfImage(image, context),
    }),
  }),
});

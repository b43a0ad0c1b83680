import type { Architecture, CloudProvider, ImageStatus, ImageVisibility, OsType } from '../../catalog/disk-image.js';
import { builder } from '../builder.js';

/** The small enums every disk image uses, normalised across providers. */

function providerEnum(providers: readonly { name: string; description: string }[]) {
  return builder.enumType('CloudProvider', {
    description: 'A cloud whose image catalog this API serves.',
    values: Object.fromEntries(
      providers.map(({ name, description }) => [name, { value: name as CloudProvider, description }]),
    ),
  });
}

/**
 * Built from the provider registry when the schema is built (schema/index.ts), so every
 * registered provider, a test's included, is a value. Fields read it only then, inside their
 * `fields` callbacks, after it is set.
 */
export let CloudProviderEnum!: ReturnType<typeof providerEnum>;

export function defineCloudProviderEnum(providers: readonly { name: string; description: string }[]): void {
  CloudProviderEnum = providerEnum(providers);
}

export const ArchitectureEnum = builder.enumType('Architecture', {
  description: 'CPU architecture an image boots on.',
  values: {
    X86_64: { value: 'X86_64' as Architecture, description: '64-bit x86 (Gcore `x86_64`; every Civo image).' },
    ARM64: { value: 'ARM64' as Architecture, description: '64-bit ARM (Gcore `aarch64`).' },
  },
});

export const OsTypeEnum = builder.enumType('OsType', {
  description: 'Operating-system family of an image.',
  values: {
    LINUX: { value: 'LINUX' as OsType, description: 'Linux and other Unix-like systems.' },
    WINDOWS: { value: 'WINDOWS' as OsType, description: 'Microsoft Windows.' },
  },
});

export const ImageStatusEnum = builder.enumType('ImageStatus', {
  description: 'Lifecycle status, normalised from Civo `state` and Gcore `status` (the raw value is `providerStatus`).',
  values: {
    AVAILABLE: { value: 'AVAILABLE' as ImageStatus, description: 'Ready to boot (Civo `available`, Gcore `active`).' },
    PENDING: {
      value: 'PENDING' as ImageStatus,
      description:
        'Being uploaded or processed (Civo `upload_pending`, `upload_completed`, `pending`; Gcore `queued`, `saving`).',
    },
    DEPRECATED: { value: 'DEPRECATED' as ImageStatus, description: 'Retired but still present (Gcore `deactivated`).' },
    ERROR: { value: 'ERROR' as ImageStatus, description: 'Failed (Civo `error`, `upload_expired`; Gcore `killed`).' },
    DELETED: {
      value: 'DELETED' as ImageStatus,
      description: 'Deleted or being deleted (Gcore `deleted`, `pending_delete`).',
    },
    UNKNOWN: {
      value: 'UNKNOWN' as ImageStatus,
      description: 'A status this API does not know yet; see `providerStatus`.',
    },
  },
});

export const ImageVisibilityEnum = builder.enumType('ImageVisibility', {
  description: 'Who an image belongs to, in the provider’s own terms.',
  values: {
    PUBLIC: {
      value: 'PUBLIC' as ImageVisibility,
      description: 'An official image of the provider, offered to every account.',
    },
    PRIVATE: { value: 'PRIVATE' as ImageVisibility, description: 'A Gcore image owned by the project.' },
    SHARED: { value: 'SHARED' as ImageVisibility, description: 'A Gcore image another project shared with this one.' },
    CUSTOM: { value: 'CUSTOM' as ImageVisibility, description: 'A Civo custom image uploaded by the account.' },
  },
});

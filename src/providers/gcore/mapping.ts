import type { Architecture, ImageStatus, ImageVisibility, OsType } from '../../catalog/disk-image.js';
import type { GcoreImage, GcoreRegion } from './model.js';
import { looksLikeGpuImage } from '../../catalog/gpu.js';
import { parseUpstreamTimestamp } from '../../upstream/timestamps.js';
import type { GcoreImageRecord, GcoreRegionRecord } from './read.js';

/**
 * A Gcore region as the Region interface answers it: its id as the code; its `display_name`, or
 * else the best Gcore sends (`slug`, `keystone_name`), or else the code.
 */
export function mapGcoreRegion(raw: GcoreRegionRecord): GcoreRegion {
  const code = String(raw.id);
  return { provider: 'GCORE', code, name: raw.display_name ?? raw.slug ?? raw.keystone_name ?? code, raw };
}

/** Gcore's Glance-style statuses → ours. `deactivated` images still exist but are retired. */
const STATUS_BY_GLANCE_STATUS: Record<string, ImageStatus> = {
  active: 'AVAILABLE',
  queued: 'PENDING',
  saving: 'PENDING',
  importing: 'PENDING',
  uploading: 'PENDING',
  deactivated: 'DEPRECATED',
  killed: 'ERROR',
  deleted: 'DELETED',
  pending_delete: 'DELETED',
};

const ARCHITECTURES: Record<string, Architecture> = {
  x86_64: 'X86_64',
  aarch64: 'ARM64',
  amd64: 'X86_64',
  arm64: 'ARM64',
};
const OS_TYPES: Record<string, OsType> = { linux: 'LINUX', windows: 'WINDOWS' };
const VISIBILITIES: Record<string, ImageVisibility> = { public: 'PUBLIC', private: 'PRIVATE', shared: 'SHARED' };

export function gcoreImageStatus(status: string | null): ImageStatus {
  return (status !== null && STATUS_BY_GLANCE_STATUS[status.toLowerCase()]) || 'UNKNOWN';
}

/** `baremetal`: listed by `bmimages` (whose model may leave `is_baremetal` out). */
export function mapGcoreImage(
  raw: GcoreImageRecord,
  projectId: number,
  regionId: number,
  { baremetal = false } = {},
): GcoreImage {
  return {
    provider: 'GCORE',
    // The partition we asked for, not the object's fields: shared images carry their
    // owner's project_id, but they are served (and looked up) in ours.
    projectId,
    regionId,
    regionCode: String(regionId),
    imageId: raw.id,
    name: raw.name,
    distribution: raw.os_distro ? raw.os_distro.toLowerCase() : null,
    version: raw.os_version || null,
    architecture: ARCHITECTURES[raw.architecture?.toLowerCase() ?? ''] ?? null,
    osType: OS_TYPES[raw.os_type?.toLowerCase() ?? ''] ?? null,
    status: gcoreImageStatus(raw.status),
    providerStatus: raw.status,
    description: raw.description || null,
    sizeBytes: raw.size,
    createdAt: parseUpstreamTimestamp(raw.created_at),
    // An unknown visibility is not offered to everyone: treat it as the project's own.
    visibility: VISIBILITIES[raw.visibility?.toLowerCase() ?? ''] ?? 'PRIVATE',
    gpu: looksLikeGpuImage(raw.name, raw.os_version, raw.gpu_driver),
    baremetal: baremetal || raw.is_baremetal === true,
    minRamMb: raw.min_ram,
    minDiskGb: raw.min_disk,
    raw,
  };
}

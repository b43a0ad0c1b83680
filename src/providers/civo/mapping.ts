import type { ImageStatus, OsType } from '../../catalog/disk-image.js';
import type { CivoImage, CivoRegion } from './model.js';
import { looksLikeGpuImage } from '../../catalog/gpu.js';
import { parseUpstreamTimestamp } from '../../upstream/timestamps.js';
import type { CivoImageRecord, CivoRegionRecord } from './read.js';

/** A Civo region as the Region interface answers it: its code upper-case, its name or else the code. */
export function mapCivoRegion(raw: CivoRegionRecord): CivoRegion {
  const code = raw.code.toUpperCase();
  return { provider: 'CIVO', code, name: raw.name ?? code, raw };
}

/** Civo `state` → our status. Upload states are work in progress; an expired upload failed. */
const STATUS_BY_STATE: Record<string, ImageStatus> = {
  available: 'AVAILABLE',
  upload_pending: 'PENDING',
  upload_completed: 'PENDING',
  pending: 'PENDING',
  upload_expired: 'ERROR',
  error: 'ERROR',
  deprecated: 'DEPRECATED',
  deleted: 'DELETED',
};

/** Distributions that are Linux even when Civo omits `os`. */
const LINUX_DISTRIBUTIONS = new Set([
  'ubuntu',
  'debian',
  'rocky',
  'centos',
  'talos',
  'k3s',
  'civo-k3s',
  'almalinux',
  'fedora',
  'opensuse',
]);

export function civoImageStatus(state: string | null): ImageStatus {
  return (state !== null && STATUS_BY_STATE[state.toLowerCase()]) || 'UNKNOWN';
}

function osType(raw: CivoImageRecord, distribution: string | null): OsType | null {
  const os = raw.os?.toLowerCase();
  if (os === 'linux') return 'LINUX';
  if (os === 'windows') return 'WINDOWS';
  if (distribution === 'windows') return 'WINDOWS';
  if (distribution !== null && LINUX_DISTRIBUTIONS.has(distribution)) return 'LINUX';
  return null;
}

/** Civo names an uploaded image `cust-…` "to distinguish custom images from system images" (Civo docs). */
const CUSTOM_NAME_PREFIX = 'cust-';
/** civogo's fixtures show Civo's own images with `created_by: "system"`. */
const SYSTEM_CREATORS = new Set(['', 'system', 'civo']);

/**
 * Is this one of the account's custom images? A full listing marks nothing outright, so we
 * take the evidence the API gives: Civo's `cust-` name prefix, or a `created_by` naming
 * someone other than the system (see README, "our choices").
 */
export function isCivoCustomImage(raw: CivoImageRecord): boolean {
  if (raw.name.toLowerCase().startsWith(CUSTOM_NAME_PREFIX)) return true;
  return raw.created_by !== null && !SYSTEM_CREATORS.has(raw.created_by.trim().toLowerCase());
}

export function mapCivoImage(raw: CivoImageRecord, regionCode: string): CivoImage {
  const distribution = raw.distribution ? raw.distribution.toLowerCase() : null;
  return {
    provider: 'CIVO',
    regionCode: regionCode.toUpperCase(),
    projectId: null,
    imageId: raw.id,
    name: raw.name,
    distribution,
    version: raw.version || null,
    // Civo sells x86-64 instances only; its image objects carry no architecture field.
    // A name that says ARM is believed over that.
    architecture: /\b(arm64|aarch64)\b/i.test(raw.name) ? 'ARM64' : 'X86_64',
    osType: osType(raw, distribution),
    status: civoImageStatus(raw.state),
    providerStatus: raw.state,
    // civogo's fixtures send Go's zero values ("", 0) for what is not known.
    description: raw.description || null,
    sizeBytes: raw.disk_image_size_bytes || null,
    createdAt: parseUpstreamTimestamp(raw.created_at),
    visibility: isCivoCustomImage(raw) ? 'CUSTOM' : 'PUBLIC',
    gpu: looksLikeGpuImage(raw.name, raw.version),
    baremetal: false,
    minRamMb: null,
    minDiskGb: null,
    raw,
  };
}

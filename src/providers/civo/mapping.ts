import type { CivoImage, ImageStatus, OsType } from '../../catalog/disk-image.js';
import { looksLikeGpuImage } from '../../catalog/gpu.js';
import { parseUpstreamTimestamp } from '../../upstream/timestamps.js';
import type { CivoApiDiskImage } from './api-types.js';

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
  'almalinux',
  'fedora',
  'opensuse',
]);

export function civoImageStatus(state: string): ImageStatus {
  return STATUS_BY_STATE[state.toLowerCase()] ?? 'UNKNOWN';
}

function osType(raw: CivoApiDiskImage, distribution: string | null): OsType | null {
  const os = raw.os?.toLowerCase();
  if (os === 'linux') return 'LINUX';
  if (os === 'windows') return 'WINDOWS';
  if (distribution === 'windows') return 'WINDOWS';
  if (distribution !== null && LINUX_DISTRIBUTIONS.has(distribution)) return 'LINUX';
  return null;
}

/**
 * Is this one of the account's custom images? A `type=custom` listing says so outright. In a
 * full listing Civo marks nothing, so we read `created_by`: set on images an account created,
 * absent or empty on Civo's own (our choice, shared with the emulator; see README).
 */
export function isCivoCustomImage(raw: CivoApiDiskImage, listedAsCustom: boolean): boolean {
  return listedAsCustom || (typeof raw.created_by === 'string' && raw.created_by.trim() !== '');
}

export function mapCivoImage(raw: CivoApiDiskImage, regionCode: string, { listedAsCustom = false } = {}): CivoImage {
  const distribution = raw.distribution ? raw.distribution.toLowerCase() : null;
  return {
    provider: 'CIVO',
    regionCode: regionCode.toUpperCase(),
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
    description: raw.description ?? null,
    sizeBytes: typeof raw.disk_image_size_bytes === 'number' ? raw.disk_image_size_bytes : null,
    createdAt: parseUpstreamTimestamp(raw.created_at),
    visibility: isCivoCustomImage(raw, listedAsCustom) ? 'CUSTOM' : 'PUBLIC',
    gpu: looksLikeGpuImage(raw.name, raw.version),
    baremetal: false,
    minRamMb: null,
    minDiskGb: null,
    raw,
  };
}

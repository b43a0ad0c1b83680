/**
 * Wire types of the Civo API v2, exactly as the API sends them (snake_case, nullable where
 * the API sends null, optional where the API may omit the key). Shared by the client and the
 * emulator so both speak the same contract (see shared/upstream-apis.md).
 */

export interface CivoRegionFeatures {
  iaas: boolean;
  kubernetes: boolean;
  object_store: boolean;
  loadbalancer: boolean;
  gpu: boolean;
  dbaas: boolean;
  volume: boolean;
  paas: boolean;
  public_ip_node_pools: boolean;
}

/** One element of `GET /v2/regions` (a bare array). */
export interface CivoApiRegion {
  code: string;
  name: string;
  type: string;
  out_of_capacity: boolean;
  country: string;
  country_name: string;
  features: CivoRegionFeatures;
  default: boolean;
}

/** Raw `state` values; custom images go through the upload states. */
export type CivoImageState =
  'available' | 'upload_pending' | 'upload_completed' | 'pending' | 'upload_expired' | 'error' | (string & {});

/** One element of `GET /v2/disk_images` or the body of `GET /v2/disk_images/:id`. */
export interface CivoApiDiskImage {
  // The seven documented fields: always present.
  id: string;
  name: string;
  version: string;
  state: CivoImageState;
  distribution: string;
  description: string | null;
  label: string | null;
  // Fields the official SDK also reads: any of them may be absent.
  initial_user?: string;
  os?: 'linux' | 'windows' | (string & {});
  disk_image_url?: string;
  disk_image_size_bytes?: number;
  logo_url?: string;
  /** RFC 3339; `0001-01-01T00:00:00Z` means unknown. */
  created_at?: string;
  created_by?: string;
  distribution_default?: boolean;
}

/** Error body of most failures. */
export interface CivoApiErrorBody {
  code: string;
  reason: string;
  details?: unknown;
}

/** Error body of a request without an Authorization header (note `result`, not `code`). */
export interface CivoApiAuthRequiredBody {
  result: 'requires_authentication';
  status: 401;
}

/** Region codes are case-insensitive upstream; we carry them upper-case internally. */
export const CIVO_ZERO_TIME = '0001-01-01T00:00:00Z';

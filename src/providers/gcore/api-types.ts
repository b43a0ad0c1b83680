/**
 * Wire types of the Gcore Cloud API v1, exactly as the API sends them. Every image key is
 * always present; `| null` marks the nullable ones. Shared by the client and the emulator
 * (see shared/upstream-apis.md).
 */

/** Every list endpoint wraps its page like this; `count` is the total across pages. */
export interface GcoreApiList<T> {
  count: number;
  results: T[];
}

export type GcoreRegionState =
  'ACTIVE' | 'INACTIVE' | 'MAINTENANCE' | 'NEW' | 'DELETING' | 'DELETED' | 'DELETION_FAILED';

export type GcoreRegionZone = 'AMERICAS' | 'APAC' | 'EMEA' | 'RUSSIA_AND_CIS';

export interface GcoreApiRegion {
  id: number;
  display_name: string;
  slug: string;
  keystone_name: string;
  keystone_id: number;
  state: GcoreRegionState;
  country: string;
  zone: GcoreRegionZone | null;
  access_level: 'core' | 'edge';
  endpoint_type: string;
  has_basic_vm: boolean;
  has_baremetal: boolean;
  has_k8s: boolean;
  has_kvm: boolean;
  has_ai: boolean;
  has_ai_gpu: boolean;
  /** Latitude/longitude arrive as strings. */
  coordinates: { latitude: string; longitude: string } | null;
  created_at: string;
}

export interface GcoreApiProject {
  id: number;
  client_id: number;
  name: string;
  description: string | null;
  is_default: boolean;
  state: string;
  created_at: string;
  deleted_at: string | null;
  task_id: string | null;
}

export interface GcoreApiTag {
  key: string;
  value: string;
  read_only: boolean;
}

export type GcoreImageStatus =
  'active' | 'queued' | 'saving' | 'deactivated' | 'killed' | 'deleted' | 'pending_delete' | (string & {});

export type GcoreImageVisibility = 'public' | 'private' | 'shared';

export interface GcoreApiImage {
  id: string;
  name: string;
  description: string | null;
  status: GcoreImageStatus;
  visibility: GcoreImageVisibility;
  /** GiB. */
  min_disk: number;
  /** MB. */
  min_ram: number;
  os_distro: string;
  os_version: string;
  os_type: 'linux' | 'windows' | (string & {});
  architecture: 'aarch64' | 'x86_64' | (string & {});
  disk_format: string;
  /** Bytes; may exceed 2^32; null when unknown. */
  size: number | null;
  display_order: number | null;
  ssh_key: 'allow' | 'deny' | 'required' | null;
  hw_firmware_type: 'bios' | 'uefi' | null;
  hw_machine_type: 'i440' | 'q35' | 'pc' | null;
  is_baremetal: boolean;
  gpu_driver: string | null;
  gpu_driver_type: string | null;
  gpu_driver_version: string | null;
  project_id: number;
  /** Region display name. */
  region: string;
  region_id: number;
  created_at: string;
  updated_at: string;
  creator_task_id: string | null;
  task_id: string | null;
  tags: GcoreApiTag[];
  tags_v2: GcoreApiTag[];
  // Null unless the request said include_prices=true.
  currency_code: string | null;
  price_per_hour: number | null;
  price_per_month: number | null;
  price_status: 'show' | 'hide' | 'error' | null;
}

export interface GcoreApiErrorBody {
  exception_class: string;
  message: string;
  request_id: string;
  info?: unknown;
  invalid_fields?: Record<string, string[]>;
}

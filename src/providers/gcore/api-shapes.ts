import { z } from 'zod';
import type { GcoreApiImage, GcoreApiList, GcoreApiProject, GcoreApiRegion, GcoreApiTag } from './api-types.js';

/**
 * Runtime checks of the Gcore bodies we read, field for field as api-types declares them (the
 * `z.ZodType<…>` annotations make the compiler hold the two together). A body that breaks
 * them fails its partition as UPSTREAM_UNAVAILABLE instead of a TypeError in a resolver.
 * Objects stay loose: fields Gcore adds later pass through untouched. Enumerations are read
 * as strings, so a new status or zone is served raw rather than refused.
 */
const tag: z.ZodType<GcoreApiTag> = z.looseObject({ key: z.string(), value: z.string(), read_only: z.boolean() });

export const gcoreImageShape: z.ZodType<GcoreApiImage> = z.looseObject({
  id: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  status: z.string(),
  visibility: z.string() as z.ZodType<GcoreApiImage['visibility']>,
  min_disk: z.number(),
  min_ram: z.number(),
  os_distro: z.string(),
  os_version: z.string(),
  os_type: z.string(),
  architecture: z.string(),
  disk_format: z.string(),
  size: z.number().nullable(),
  display_order: z.number().nullable(),
  ssh_key: z.string().nullable() as z.ZodType<GcoreApiImage['ssh_key']>,
  hw_firmware_type: z.string().nullable() as z.ZodType<GcoreApiImage['hw_firmware_type']>,
  hw_machine_type: z.string().nullable() as z.ZodType<GcoreApiImage['hw_machine_type']>,
  is_baremetal: z.boolean(),
  gpu_driver: z.string().nullable(),
  gpu_driver_type: z.string().nullable(),
  gpu_driver_version: z.string().nullable(),
  project_id: z.number(),
  region: z.string(),
  region_id: z.number(),
  created_at: z.string(),
  updated_at: z.string(),
  creator_task_id: z.string().nullable(),
  task_id: z.string().nullable(),
  tags: z.array(tag),
  tags_v2: z.array(tag),
  currency_code: z.string().nullable(),
  price_per_hour: z.number().nullable(),
  price_per_month: z.number().nullable(),
  price_status: z.string().nullable() as z.ZodType<GcoreApiImage['price_status']>,
});

const region: z.ZodType<GcoreApiRegion> = z.looseObject({
  id: z.number(),
  display_name: z.string(),
  slug: z.string(),
  keystone_name: z.string(),
  keystone_id: z.number(),
  state: z.string() as z.ZodType<GcoreApiRegion['state']>,
  country: z.string(),
  zone: z.string().nullable() as z.ZodType<GcoreApiRegion['zone']>,
  access_level: z.string() as z.ZodType<GcoreApiRegion['access_level']>,
  endpoint_type: z.string(),
  has_basic_vm: z.boolean(),
  has_baremetal: z.boolean(),
  has_k8s: z.boolean(),
  has_kvm: z.boolean(),
  has_ai: z.boolean(),
  has_ai_gpu: z.boolean(),
  coordinates: z.looseObject({ latitude: z.string(), longitude: z.string() }).nullable(),
  created_at: z.string(),
});

const project: z.ZodType<GcoreApiProject> = z.looseObject({
  id: z.number(),
  client_id: z.number(),
  name: z.string(),
  description: z.string().nullable(),
  is_default: z.boolean(),
  state: z.string(),
  created_at: z.string(),
  deleted_at: z.string().nullable(),
  task_id: z.string().nullable(),
});

/** One `{count, results}` page. */
function page<T>(item: z.ZodType<T>): z.ZodType<GcoreApiList<T>> {
  return z.looseObject({ count: z.number().int().nonnegative(), results: z.array(item) });
}

export const gcoreImagePageShape = page(gcoreImageShape);
export const gcoreRegionPageShape = page(region);
export const gcoreProjectPageShape = page(project);

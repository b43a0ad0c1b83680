import { z } from 'zod';
import type { CivoApiDiskImage, CivoApiRegion } from './api-types.js';

/**
 * Runtime checks of the Civo bodies we read, field for field as api-types declares them (the
 * `z.ZodType<…>` annotations make the compiler hold the two together). A body that breaks
 * them fails its partition as UPSTREAM_UNAVAILABLE instead of a TypeError in a resolver.
 * Objects stay loose: fields Civo adds later pass through untouched.
 */
const region: z.ZodType<CivoApiRegion> = z.looseObject({
  code: z.string(),
  name: z.string(),
  type: z.string(),
  out_of_capacity: z.boolean(),
  country: z.string(),
  country_name: z.string(),
  features: z.looseObject({
    iaas: z.boolean(),
    kubernetes: z.boolean(),
    object_store: z.boolean(),
    loadbalancer: z.boolean(),
    gpu: z.boolean(),
    dbaas: z.boolean(),
    volume: z.boolean(),
    paas: z.boolean(),
    public_ip_node_pools: z.boolean(),
  }),
  default: z.boolean(),
});

export const civoDiskImageShape: z.ZodType<CivoApiDiskImage> = z.looseObject({
  // The seven documented fields: always present.
  id: z.string(),
  name: z.string(),
  version: z.string(),
  state: z.string(),
  distribution: z.string(),
  description: z.string().nullable(),
  label: z.string().nullable(),
  // What the official SDK also reads: each may be absent.
  initial_user: z.string().optional(),
  os: z.string().optional(),
  disk_image_url: z.string().optional(),
  disk_image_size_bytes: z.number().optional(),
  logo_url: z.string().optional(),
  created_at: z.string().optional(),
  created_by: z.string().optional(),
  distribution_default: z.boolean().optional(),
});

export const civoRegionListShape = z.array(region);
export const civoDiskImageListShape = z.array(civoDiskImageShape);

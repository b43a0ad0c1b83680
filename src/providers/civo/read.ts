import {
  essentialString,
  MalformedBodyError,
  readItems,
  readOne,
  type DriftReporter,
  type FieldReader,
} from '../../upstream/tolerant-read.js';
import type { CivoRegionFeatures } from './api-types.js';

/**
 * Civo bodies as the service reads them: the fields that identify an item are required (an
 * image's `id` and `name`, a region's `code`); every other field is null when Civo leaves it
 * out or sends something else (civogo's own fixtures have regions with only `{iaas,
 * kubernetes}` features and no `default`, and a k3s image with null version and distribution).
 */
export type CivoRegionFeaturesRecord = { [K in keyof CivoRegionFeatures]: boolean | null };

export interface CivoRegionRecord {
  code: string;
  name: string | null;
  type: string | null;
  out_of_capacity: boolean | null;
  country: string | null;
  country_name: string | null;
  features: CivoRegionFeaturesRecord | null;
  /** A region without `default` is not the default (civogo reads the zero value too). */
  default: boolean;
}

export interface CivoImageRecord {
  id: string;
  name: string;
  version: string | null;
  state: string | null;
  distribution: string | null;
  description: string | null;
  label: string | null;
  initial_user: string | null;
  os: string | null;
  disk_image_url: string | null;
  disk_image_size_bytes: number | null;
  logo_url: string | null;
  /** RFC 3339; `0001-01-01T00:00:00Z` means unknown. */
  created_at: string | null;
  created_by: string | null;
  distribution_default: boolean | null;
}

const FEATURE_KEYS: (keyof CivoRegionFeatures)[] = [
  'iaas',
  'kubernetes',
  'object_store',
  'loadbalancer',
  'gpu',
  'dbaas',
  'volume',
  'paas',
  'public_ip_node_pools',
];

function readRegion(r: FieldReader): CivoRegionRecord | null {
  const code = essentialString(r, 'code');
  if (code === null) return null;
  const features = r.object('features');
  return {
    code,
    name: r.string('name'),
    type: r.string('type'),
    out_of_capacity: r.boolean('out_of_capacity'),
    country: r.string('country'),
    country_name: r.string('country_name'),
    features:
      features &&
      (Object.fromEntries(FEATURE_KEYS.map((key) => [key, features.boolean(key)])) as CivoRegionFeaturesRecord),
    default: r.boolean('default') ?? false,
  };
}

function readImage(r: FieldReader): CivoImageRecord | null {
  const id = essentialString(r, 'id');
  const name = essentialString(r, 'name');
  if (id === null || name === null) return null;
  return {
    id,
    name,
    // The seven documented fields, then those the SDK reads and Civo may leave out.
    version: r.string('version'),
    state: r.string('state'),
    distribution: r.string('distribution'),
    description: r.string('description', 'optional'),
    label: r.string('label', 'optional'),
    initial_user: r.string('initial_user', 'optional'),
    os: r.string('os', 'optional'),
    disk_image_url: r.string('disk_image_url', 'optional'),
    disk_image_size_bytes: r.number('disk_image_size_bytes', 'optional'),
    logo_url: r.string('logo_url', 'optional'),
    created_at: r.string('created_at', 'optional'),
    created_by: r.string('created_by', 'optional'),
    distribution_default: r.boolean('distribution_default', 'optional'),
  };
}

function list(body: unknown, what: string): unknown[] {
  if (!Array.isArray(body)) throw new MalformedBodyError(`expected a JSON array of ${what}`);
  return body;
}

export const readCivoRegions = (body: unknown, report: DriftReporter): CivoRegionRecord[] =>
  readItems(list(body, 'regions'), 'region', report, readRegion, 'code');

export const readCivoImages = (body: unknown, report: DriftReporter): CivoImageRecord[] =>
  readItems(list(body, 'disk images'), 'disk_image', report, readImage, 'id and name');

export const readCivoImage = (body: unknown, report: DriftReporter): CivoImageRecord =>
  readOne(body, 'disk_image', report, readImage, 'id and name');

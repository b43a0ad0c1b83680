import {
  essentialIdAndName,
  essentialString,
  isRecord,
  MalformedBodyError,
  readItems,
  readOne,
  type DriftReporter,
  type FieldReader,
} from '../../upstream/tolerant-read.js';
import type { CivoRegionFeatures } from './api-types.js';
import { CIVO_REGION_CODE } from './settings.js';

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

/**
 * The body as civogo decodes it: Go's encoding/json matches a key case-insensitively when no
 * key matches exactly (civogo's own fixtures send `{"ID": …, "Name": …}`), nested objects too.
 */
function asGoDecodes(value: unknown): unknown {
  if (!isRecord(value) || !needsFolding(value)) return value;
  const aliases = Object.entries(value)
    .filter(([key]) => !Object.hasOwn(value, key.toLowerCase()))
    .map(([key, item]) => [key.toLowerCase(), item] as const);
  const folded = aliases.length ? { ...Object.fromEntries(aliases), ...value } : value;
  return Object.fromEntries(
    Object.entries(folded).map(([key, item]) => [key, isRecord(item) ? asGoDecodes(item) : item]),
  );
}

/** Whether a key here or in a nested object has upper case (the usual body has none: no copy). */
function needsFolding(value: Record<string, unknown>): boolean {
  for (const key in value) {
    if (key !== key.toLowerCase()) return true;
    const item = value[key];
    if (isRecord(item) && needsFolding(item)) return true;
  }
  return false;
}

function readFeatures(features: FieldReader): CivoRegionFeaturesRecord {
  const { loadbalancer, load_balancer } = features.record;
  // Spelled `load_balancer` for a few days in 2023 before it became `loadbalancer`.
  const keyOf = (key: string) =>
    key === 'loadbalancer' && loadbalancer === undefined && load_balancer !== undefined ? 'load_balancer' : key;
  return Object.fromEntries(FEATURE_KEYS.map((key) => [key, features.boolean(keyOf(key))])) as CivoRegionFeaturesRecord;
}

function readRegion(r: FieldReader): CivoRegionRecord | null {
  const code = essentialString(r, 'code');
  // A code outside Civo's region code syntax could not be asked for (and would be quoted in
  // errors as the upstream wrote it): the entry is unreadable.
  if (code === null || !CIVO_REGION_CODE.test(code)) return null;
  const features = r.object('features');
  return {
    code,
    name: r.string('name'),
    type: r.string('type'),
    out_of_capacity: r.boolean('out_of_capacity'),
    country: r.string('country'),
    country_name: r.string('country_name'),
    features: features && readFeatures(features),
    // civogo's fixtures send `default` only on the default region.
    default: r.boolean('default', 'optional') ?? false,
  };
}

function readImage(r: FieldReader): CivoImageRecord | null {
  const identity = essentialIdAndName(r);
  if (identity === null) return null;
  return {
    ...identity,
    // The seven documented fields, then those the SDK reads and Civo may leave out.
    version: r.string('version'),
    state: r.string('state'),
    distribution: r.string('distribution'),
    description: r.string('description', 'optional'),
    label: r.string('label', 'optional'),
    initial_user: r.string('initial_user', 'optional'),
    os: r.string('os', 'optional'),
    disk_image_url: r.string('disk_image_url', 'optional'),
    disk_image_size_bytes: r.integer('disk_image_size_bytes', 'optional', Number.MAX_SAFE_INTEGER),
    logo_url: r.string('logo_url', 'optional'),
    created_at: r.string('created_at', 'optional'),
    created_by: r.string('created_by', 'optional'),
    distribution_default: r.boolean('distribution_default', 'optional'),
  };
}

function list(body: unknown, what: string): unknown[] {
  if (!Array.isArray(body)) throw new MalformedBodyError(`expected a JSON array of ${what}`);
  return body.map(asGoDecodes);
}

export const readCivoRegions = (body: unknown, report: DriftReporter): CivoRegionRecord[] =>
  readItems(list(body, 'regions'), 'region', report, readRegion, 'code');

export const readCivoImages = (body: unknown, report: DriftReporter): CivoImageRecord[] =>
  readItems(list(body, 'disk images'), 'disk_image', report, readImage, 'id and name');

export const readCivoImage = (body: unknown, report: DriftReporter): CivoImageRecord =>
  readOne(asGoDecodes(body), 'disk_image', report, readImage, 'id and name');

import {
  essentialInteger,
  essentialIdAndName,
  FieldReader,
  isRecord,
  MalformedBodyError,
  readItems,
  readOne,
  type DriftReporter,
} from '../../upstream/tolerant-read.js';

/**
 * Gcore bodies as the service reads them, as loosely as gcore-python does (a missing field is
 * None, decoding goes on): an image needs `id` and `name`, a region or project its `id`;
 * everything else is null when missing or of another type. The SDK history shows why: region
 * `slug` only since 2026-04, `coordinates` numbers then strings, image `tags_v2` only since
 * 2026-07 while `tags` left, price keys absent unless asked for.
 */
export interface GcoreRegionRecord {
  id: number;
  display_name: string | null;
  slug: string | null;
  keystone_name: string | null;
  keystone_id: number | null;
  state: string | null;
  country: string | null;
  zone: string | null;
  access_level: string | null;
  endpoint_type: string | null;
  has_basic_vm: boolean | null;
  has_baremetal: boolean | null;
  has_k8s: boolean | null;
  has_kvm: boolean | null;
  has_ai: boolean | null;
  has_ai_gpu: boolean | null;
  /** Parsed from numbers or numeric strings; null when either is unreadable. */
  coordinates: { latitude: number; longitude: number } | null;
  created_at: string | null;
}

export interface GcoreProjectRecord {
  id: number;
  client_id: number | null;
  name: string | null;
  description: string | null;
  /** A project without `is_default` is not the default. */
  is_default: boolean;
  state: string | null;
  created_at: string | null;
  deleted_at: string | null;
  task_id: string | null;
}

export interface GcoreTagRecord {
  key: string;
  value: string | null;
  read_only: boolean | null;
}

export interface GcoreImageRecord {
  id: string;
  name: string;
  description: string | null;
  status: string | null;
  visibility: string | null;
  min_disk: number | null;
  min_ram: number | null;
  os_distro: string | null;
  os_version: string | null;
  os_type: string | null;
  architecture: string | null;
  disk_format: string | null;
  size: number | null;
  display_order: number | null;
  ssh_key: string | null;
  hw_firmware_type: string | null;
  hw_machine_type: string | null;
  is_baremetal: boolean | null;
  gpu_driver: string | null;
  gpu_driver_type: string | null;
  gpu_driver_version: string | null;
  project_id: number | null;
  region: string | null;
  region_id: number | null;
  created_at: string | null;
  updated_at: string | null;
  creator_task_id: string | null;
  task_id: string | null;
  /** `tags_v2`, else `tags`: a list of `{key, value, read_only}`, of plain keys, or a key → value map. */
  tags: GcoreTagRecord[];
  currency_code: string | null;
  price_per_hour: number | null;
  price_per_month: number | null;
  price_status: string | null;
}

const REGION_STATES = ['ACTIVE', 'INACTIVE', 'MAINTENANCE', 'NEW', 'DELETING', 'DELETED', 'DELETION_FAILED'];
const ZONES = ['AMERICAS', 'APAC', 'EMEA', 'RUSSIA_AND_CIS'];
/** Glance's statuses (`importing` and `uploading` too, which the mapping knows). */
const IMAGE_STATUSES = [
  'active',
  'queued',
  'saving',
  'uploading',
  'importing',
  'deactivated',
  'killed',
  'deleted',
  'pending_delete',
];
const VISIBILITIES = ['public', 'private', 'shared'];
const ARCHITECTURES = ['x86_64', 'aarch64'];

function readCoordinates(r: FieldReader): GcoreRegionRecord['coordinates'] {
  const coordinates = r.object('coordinates', 'optional');
  if (!coordinates) return null;
  // Numbers in 2025, numbers or strings later, strings since 2026-03: the reader takes all three.
  const latitude = coordinates.number('latitude');
  const longitude = coordinates.number('longitude');
  return latitude === null || longitude === null ? null : { latitude, longitude };
}

function readRegion(r: FieldReader): GcoreRegionRecord | null {
  const id = essentialInteger(r, 'id');
  if (id === null) return null;
  return {
    id,
    display_name: r.string('display_name'),
    slug: r.string('slug'),
    keystone_name: r.string('keystone_name'),
    keystone_id: r.integer('keystone_id'),
    state: r.enumString('state', REGION_STATES),
    country: r.string('country'),
    zone: r.enumString('zone', ZONES, 'optional'),
    access_level: r.string('access_level'),
    endpoint_type: r.string('endpoint_type'),
    has_basic_vm: r.boolean('has_basic_vm'),
    has_baremetal: r.boolean('has_baremetal'),
    has_k8s: r.boolean('has_k8s'),
    has_kvm: r.boolean('has_kvm'),
    has_ai: r.boolean('has_ai'),
    has_ai_gpu: r.boolean('has_ai_gpu'),
    coordinates: readCoordinates(r),
    // Older deployments send only the deprecated twin, `created_on` (gcorelabscloud-go's fixtures).
    created_at:
      r.string('created_at', r.record.created_on == null ? 'documented' : 'optional') ??
      r.string('created_on', 'optional'),
  };
}

function readProject(r: FieldReader): GcoreProjectRecord | null {
  const id = essentialInteger(r, 'id');
  if (id === null) return null;
  return {
    id,
    client_id: r.integer('client_id'),
    name: r.string('name'),
    description: r.string('description', 'optional'),
    is_default: r.boolean('is_default') ?? false,
    state: r.string('state'),
    created_at: r.string('created_at'),
    deleted_at: r.string('deleted_at', 'optional'),
    task_id: r.string('task_id', 'optional'),
  };
}

/**
 * `tags_v2`, else `tags`, else (older deployments, gcorelabscloud-go's fixtures, where `tags`
 * holds Glance's bare keys, often none) `metadata_detailed` `[{key, value, read_only}]` or
 * `metadata` `{key: value}`.
 */
function readTags(r: FieldReader): GcoreTagRecord[] {
  for (const key of ['tags_v2', 'tags', 'metadata_detailed', 'metadata']) {
    const tags = tagList(r, key);
    if (tags.length > 0) return tags;
  }
  return [];
}

function tagList(r: FieldReader, field: string): GcoreTagRecord[] {
  const value = r.record[field];
  if (value === undefined || value === null) return [];
  if (isRecord(value)) {
    return Object.entries(value).map(([key, tagValue]) => ({
      key,
      value: typeof tagValue === 'string' ? tagValue : null,
      read_only: null,
    }));
  }
  if (!Array.isArray(value)) {
    r.mistyped(field);
    return [];
  }
  const tags: GcoreTagRecord[] = [];
  for (const tag of value) {
    if (typeof tag === 'string' && tag !== '') tags.push({ key: tag, value: null, read_only: null });
    else if (isRecord(tag) && typeof tag.key === 'string') {
      tags.push({
        key: tag.key,
        value: typeof tag.value === 'string' ? tag.value : null,
        read_only: typeof tag.read_only === 'boolean' ? tag.read_only : null,
      });
    } else r.mistyped(field); // an entry with no key is skipped, and reported
  }
  return tags;
}

function readImage(r: FieldReader): GcoreImageRecord | null {
  const identity = essentialIdAndName(r);
  if (identity === null) return null;
  return {
    ...identity,
    description: r.string('description', 'optional'),
    status: r.enumString('status', IMAGE_STATUSES),
    visibility: r.enumString('visibility', VISIBILITIES),
    min_disk: r.integer('min_disk'),
    min_ram: r.integer('min_ram'),
    os_distro: r.string('os_distro'),
    os_version: r.string('os_version'),
    os_type: r.string('os_type'),
    architecture: r.enumString('architecture', ARCHITECTURES),
    disk_format: r.string('disk_format'),
    size: r.integer('size', 'optional', Number.MAX_SAFE_INTEGER),
    display_order: r.integer('display_order', 'optional'),
    ssh_key: r.string('ssh_key', 'optional'),
    hw_firmware_type: r.string('hw_firmware_type', 'optional'),
    hw_machine_type: r.string('hw_machine_type', 'optional'),
    // The bare-metal model's `is_baremetal` is optional; the endpoint says it anyway.
    is_baremetal: r.boolean('is_baremetal', 'optional'),
    gpu_driver: r.string('gpu_driver', 'optional'),
    gpu_driver_type: r.string('gpu_driver_type', 'optional'),
    gpu_driver_version: r.string('gpu_driver_version', 'optional'),
    project_id: r.integer('project_id'),
    region: r.string('region'),
    region_id: r.integer('region_id'),
    created_at: r.string('created_at'),
    updated_at: r.string('updated_at'),
    creator_task_id: r.string('creator_task_id', 'optional'),
    task_id: r.string('task_id', 'optional'),
    tags: readTags(r),
    // Absent, not null, unless include_prices=true was sent.
    currency_code: r.string('currency_code', 'optional'),
    price_per_hour: r.number('price_per_hour', 'optional'),
    price_per_month: r.number('price_per_month', 'optional'),
    price_status: r.string('price_status', 'optional'),
  };
}

/** One `{count, results}` page: the items that could be read, and how many there were. */
export interface GcorePage<T> {
  count: number;
  items: T[];
  /** `results.length`, unreadable items included: what `offset` must advance by. */
  received: number;
}

function readPage<T>(
  body: unknown,
  object: string,
  report: DriftReporter,
  readItem: (r: FieldReader) => T | null,
  identifiedBy: string,
): GcorePage<T> {
  if (!isRecord(body) || !Array.isArray(body.results)) throw new MalformedBodyError('expected {count, results: [...]}');
  const received = body.results.length;
  const count = new FieldReader(body, 'page', report).number('count');
  // Without a readable count this page is all there is.
  return { count: count ?? received, items: readItems(body.results, object, report, readItem, identifiedBy), received };
}

export const readGcoreRegionPage = (body: unknown, report: DriftReporter) =>
  readPage(body, 'region', report, readRegion, 'id');
export const readGcoreProjectPage = (body: unknown, report: DriftReporter) =>
  readPage(body, 'project', report, readProject, 'id');
export const readGcoreImagePage = (body: unknown, report: DriftReporter) =>
  readPage(body, 'image', report, readImage, 'id and name');

export const readGcoreImage = (body: unknown, report: DriftReporter): GcoreImageRecord =>
  readOne(body, 'image', report, readImage, 'id and name');

import {
  isJsonObject,
  isJsonPage,
  numberAsString,
  without,
  type JsonObject,
  type JsonPage,
} from '../../../emulator/json.js';
import { parseImageQuery } from './list-query.js';

/**
 * The `drift` fault for Gcore: a 200 body reworked the way the real API's bodies differ from
 * the contract across spec versions (shared/upstream-apis.md, "How the real bodies drift";
 * gcore-python/gcore-go models). Pure and deterministic. Each page drifts on its own:
 * "first" and "even index" are positions in that page's `results`.
 */

const PRICE_KEYS = ['currency_code', 'price_per_hour', 'price_per_month', 'price_status'];
/** `tags` left the spec in 2026-07; `gpu_driver*` arrived in 2025-11; `display_order` is optional. */
const MISSING_IMAGE_KEYS = ['tags', 'gpu_driver', 'gpu_driver_type', 'gpu_driver_version', 'display_order'];

/** Entries without an `id` (regions) or a `name` (images): a tolerant client skips only them. */
export const GCORE_UNREADABLE_REGION: JsonObject = { display_name: 'Broken region', state: 'ACTIVE' };
export const GCORE_UNREADABLE_IMAGE: JsonObject = { id: '00000000-0000-4000-8000-00000000d1f7', status: 'active' };

/** The drifted body of a 200 on `route`, given the request's query (paging, `include_prices`). */
export function driftGcoreBody(route: string, body: unknown, query: URLSearchParams): unknown {
  switch (route) {
    case 'GET /cloud/v1/regions':
      return driftPage(body, query, driftGcoreRegions, GCORE_UNREADABLE_REGION);
    case 'GET /cloud/v1/projects':
      return driftPage(body, query, (projects) => projects.map(driftGcoreProject));
    case 'GET /cloud/v1/images/:project/:region':
    case 'GET /cloud/v1/bmimages/:project/:region':
      return driftPage(body, query, (images) => driftGcoreImages(images, pricesAsked(query)), GCORE_UNREADABLE_IMAGE);
    case 'GET /cloud/v1/images/:project/:region/:id':
      // One object, drifted as the only image of its body; no item added.
      return isJsonObject(body) ? driftGcoreImages([body], pricesAsked(query))[0] : body;
    default:
      return body;
  }
}

/**
 * One page drifted. An appended `extra` item counts in `count` on every page and is sent on
 * the page that ends the list, so `offset += results.length` until `count` reads each item
 * once. An empty list sends it on its first page.
 */
function driftPage(
  body: unknown,
  query: URLSearchParams,
  drift: (results: readonly unknown[]) => unknown[],
  extra?: JsonObject,
): unknown {
  if (!isJsonPage(body)) return body;
  const results = drift(body.results);
  if (!extra) return { ...body, results };
  const offset = offsetOf(query);
  const endsList = offset + body.results.length === body.count && (body.results.length > 0 || offset === 0);
  const page: JsonPage = { count: body.count + 1, results: endsList ? [...results, { ...extra }] : results };
  return { ...body, ...page };
}

export function driftGcoreRegions(regions: readonly unknown[]): unknown[] {
  const firstZoned = regions.findIndex((region) => isJsonObject(region) && region.zone != null);
  return regions.map((region, index) => {
    if (!isJsonObject(region)) return region;
    // `slug` exists only since 2026-04; `has_ai_gpu` is newer than some deployments.
    const next = without(region, index === 0 ? ['slug', 'has_ai_gpu', 'country'] : ['slug', 'has_ai_gpu']);
    // Coordinates were numbers, then number-or-string, then strings.
    if (index % 2 === 0 && isJsonObject(next.coordinates)) {
      const { latitude, longitude } = next.coordinates;
      next.coordinates = { ...next.coordinates, latitude: asNumber(latitude), longitude: asNumber(longitude) };
    }
    // The deprecated twin of created_at, still sent.
    next.created_on = next.created_at;
    if (index === firstZoned) next.zone = 'ANTARCTICA';
    return next;
  });
}

export function driftGcoreProject(project: unknown): unknown {
  if (!isJsonObject(project)) return project;
  // Optional in the spec: absent, not null, on the non-default project.
  const next =
    project.is_default === false ? without(project, ['task_id', 'description', 'deleted_at']) : { ...project };
  if (typeof next.client_id === 'number') next.client_id = String(next.client_id);
  return next;
}

export function driftGcoreImages(images: readonly unknown[], includePrices: boolean): unknown[] {
  return images.map((image, index) => {
    if (!isJsonObject(image)) return image;
    // The price fields are absent, not null, unless asked for.
    const gone = includePrices ? MISSING_IMAGE_KEYS : [...MISSING_IMAGE_KEYS, ...PRICE_KEYS];
    // Optional until 2026-04.
    const next = without(image, index === 0 ? [...gone, 'architecture', 'is_baremetal'] : gone);
    // hw_machine_type values moved i440/q35 → pc/q35 → i440/q35.
    if (next.hw_machine_type === 'i440') next.hw_machine_type = 'pc';
    if ('min_ram' in next) next.min_ram = numberAsString(next.min_ram);
    if ('size' in next) next.size = numberAsString(next.size);
    // A status value no client knows.
    if (next.status === 'active' && typeof next.name === 'string' && next.name.toLowerCase().includes('windows'))
      next.status = 'uploading_v2';
    return next;
  });
}

/** Same rules as the route (`include_prices=1`, `yes`… count too). */
function pricesAsked(query: URLSearchParams): boolean {
  return parseImageQuery(query, {}).includePrices;
}

/** The route has already validated `offset` (this is a 200), so it is an integer or absent. */
function offsetOf(query: URLSearchParams): number {
  const raw = query.get('offset');
  return raw === null ? 0 : Number(raw);
}

function asNumber(value: unknown): unknown {
  return typeof value === 'string' ? Number.parseFloat(value) : value;
}

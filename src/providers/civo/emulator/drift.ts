import { isJsonObject, numberAsString, only, without, type JsonObject } from '../../../emulator/json.js';

/**
 * The `drift` fault for Civo: a 200 body reworked the way the real API's bodies differ from
 * the contract over time (shared/upstream-apis.md, "How the real bodies drift"; civogo's
 * models and fixtures). Pure and deterministic: the same body always drifts the same way, so
 * tests can assert each change. "First" and "last" are positions in the body.
 */

/** civogo's fixtures have regions with only these features. */
const FIXTURE_FEATURES = ['iaas', 'kubernetes'];
/** Fields the SDK reads that arrived only in 2025-04: older deployments omit them. */
const LATE_IMAGE_FIELDS = ['os', 'logo_url', 'created_at'];

/** An entry without a `code`: unreadable, so a tolerant client skips it (and only it). */
export const CIVO_UNREADABLE_REGION: JsonObject = { name: 'Broken', features: {} };
/** An image without an `id`: unreadable, likewise. */
export const CIVO_UNREADABLE_IMAGE: JsonObject = { name: 'no-id-image', state: 'available' };

/** The drifted body of a 200 on `route`; bodies of other routes, or of another shape, as is. */
export function driftCivoBody(route: string, body: unknown): unknown {
  switch (route) {
    case 'GET /v2/regions':
      return Array.isArray(body) ? driftCivoRegions(body) : body;
    case 'GET /v2/disk_images':
      return Array.isArray(body) ? driftCivoImages(body) : body;
    case 'GET /v2/disk_images/:id':
      // One object: the per-image drift only, never an added or removed item.
      return isJsonObject(body) ? driftCivoImage(body) : body;
    default:
      return body;
  }
}

export function driftCivoRegions(regions: readonly unknown[]): unknown[] {
  const last = regions.length - 1;
  const drifted = regions.map((region, index) => {
    if (!isJsonObject(region)) return region;
    let next: JsonObject = region.default === false ? without(region, ['default']) : { ...region };
    if (isJsonObject(next.features)) {
      // The first region keeps a feature of 2022 and one (`kfaas`) a client cannot know.
      next.features =
        index === 0
          ? { ...only(next.features, [...FIXTURE_FEATURES, 'object_store']), kfaas: true }
          : only(next.features, FIXTURE_FEATURES);
    }
    if (index === last) next = without(next, ['country_name']);
    // Same meaning, another type: a strict boolean check breaks, a tolerant one need not.
    if (index === 0 && typeof next.out_of_capacity === 'boolean') next.out_of_capacity = String(next.out_of_capacity);
    return next;
  });
  return [...drifted, { ...CIVO_UNREADABLE_REGION, features: {} }];
}

export function driftCivoImages(images: readonly unknown[]): unknown[] {
  return [
    ...images.map((image) => (isJsonObject(image) ? driftCivoImage(image) : image)),
    { ...CIVO_UNREADABLE_IMAGE },
  ];
}

export function driftCivoImage(image: JsonObject): JsonObject {
  const next = without(image, LATE_IMAGE_FIELDS);
  if ('disk_image_size_bytes' in next) next.disk_image_size_bytes = numberAsString(next.disk_image_size_bytes);
  next.image_kind = 'drifted';
  // civogo's public fixtures say "system": `created_by` alone does not make an image custom.
  if (typeof next.created_by !== 'string' || next.created_by === '') next.created_by = 'system';
  if (typeof next.name === 'string' && next.name.startsWith('k3s-')) {
    next.version = null;
    next.distribution = null;
  }
  return next;
}

import type { GcoreApiImage } from '../api-types.js';
import type { ImageQuery } from './list-query.js';

/**
 * Gcore's server-side image filters: `name` is a case-insensitive substring, `os_distro`
 * exact in any case, `os_version` exact; every `tag_key` must be present and every
 * `tag_key_value` pair must match.
 */
export function filterImages(images: readonly GcoreApiImage[], query: ImageQuery): GcoreApiImage[] {
  const name = query.name?.toLowerCase();
  const distro = query.osDistro?.toLowerCase();
  const pairs = Object.entries(query.tagValues);
  return images.filter(
    (image) =>
      (query.visibility === undefined || image.visibility === query.visibility) &&
      (query.architecture === undefined || image.architecture === query.architecture) &&
      (name === undefined || image.name.toLowerCase().includes(name)) &&
      (distro === undefined || image.os_distro.toLowerCase() === distro) &&
      (query.osVersion === undefined || image.os_version === query.osVersion) &&
      query.tagKeys.every((key) => image.tags_v2.some((tag) => tag.key === key)) &&
      pairs.every(([key, value]) => image.tags_v2.some((tag) => tag.key === key && tag.value === value)),
  );
}

import type { GcoreApiList, GcoreImageVisibility } from '../api-types.js';

/**
 * Reads and validates the query of Gcore's list endpoints. Problems are collected per
 * parameter into `invalid_fields` so one 400 names them all, as the API's validation does.
 * Parameters the API does not know are ignored.
 */
export type InvalidFields = Record<string, string[]>;

export interface Paging {
  limit: number;
  offset: number;
}

/** Offsets are 32-bit on the API side; anything larger is refused rather than wrapped. */
const MAX_OFFSET = 2_147_483_647;

export function parsePaging(
  query: URLSearchParams,
  limits: { defaultLimit: number; maxLimit: number },
  invalid: InvalidFields,
): Paging {
  const limit = integerParam(query, 'limit', limits.defaultLimit, 1, limits.maxLimit, invalid);
  const offset = integerParam(query, 'offset', 0, 0, MAX_OFFSET, invalid);
  return { limit, offset };
}

/**
 * One page of a list. `count` is the total, and the page holds at most `limit` items and at
 * most what the server is willing to send per page (`maxPageSize`), so a client that trusts
 * `limit` instead of `count` misses items.
 */
export function pageOf<T>(items: readonly T[], paging: Paging, maxPageSize: number): GcoreApiList<T> {
  const size = Math.min(paging.limit, maxPageSize);
  return { count: items.length, results: items.slice(paging.offset, paging.offset + size) };
}

export interface ImageQuery {
  visibility?: GcoreImageVisibility;
  architecture?: 'aarch64' | 'x86_64';
  name?: string;
  osDistro?: string;
  osVersion?: string;
  tagKeys: string[];
  tagValues: Record<string, string>;
  includePrices: boolean;
}

const VISIBILITIES: readonly string[] = ['public', 'private', 'shared'];
const ARCHITECTURES: readonly string[] = ['aarch64', 'x86_64'];

/**
 * The image list filters. `private` is read and ignored (our choice): the default listing
 * already holds the project's own images next to public and shared ones, so "show private
 * images" changes nothing; `visibility=private` is how to list only them.
 */
export function parseImageQuery(query: URLSearchParams, invalid: InvalidFields): ImageQuery {
  const result: ImageQuery = {
    tagKeys: query.getAll('tag_key'),
    tagValues: {},
    includePrices: booleanParam(query, 'include_prices', invalid),
  };
  const visibility = query.get('visibility');
  if (visibility !== null) {
    if (VISIBILITIES.includes(visibility)) result.visibility = visibility as GcoreImageVisibility;
    else invalid.visibility = [`Must be one of: ${VISIBILITIES.join(', ')}.`];
  }
  const architecture = query.get('architecture');
  if (architecture !== null) {
    if (ARCHITECTURES.includes(architecture)) result.architecture = architecture as ImageQuery['architecture'];
    else invalid.architecture = [`Must be one of: ${ARCHITECTURES.join(', ')}.`];
  }
  const tagKeyValue = query.get('tag_key_value');
  if (tagKeyValue !== null) {
    const parsed = stringRecord(tagKeyValue);
    if (parsed) result.tagValues = parsed;
    else invalid.tag_key_value = ['Must be a JSON object of string values, e.g. {"os": "linux"}.'];
  }
  const name = query.get('name');
  if (name !== null) result.name = name;
  const osDistro = query.get('os_distro');
  if (osDistro !== null) result.osDistro = osDistro;
  const osVersion = query.get('os_version');
  if (osVersion !== null) result.osVersion = osVersion;
  return result;
}

function integerParam(
  query: URLSearchParams,
  name: string,
  fallback: number,
  min: number,
  max: number,
  invalid: InvalidFields,
): number {
  const raw = query.get(name);
  if (raw === null) return fallback;
  if (!/^[+-]?\d+$/.test(raw.trim())) {
    invalid[name] = ['Not a valid integer.'];
    return fallback;
  }
  const value = Number(raw);
  if (value < min || value > max) {
    invalid[name] = [`Must be between ${min} and ${max}.`];
    return fallback;
  }
  return value;
}

function booleanParam(query: URLSearchParams, name: string, invalid: InvalidFields): boolean {
  const raw = query.get(name);
  if (raw === null) return false;
  const value = raw.trim().toLowerCase();
  if (['true', '1', 'yes', 'on'].includes(value)) return true;
  if (['false', '0', 'no', 'off', ''].includes(value)) return false;
  invalid[name] = ['Not a valid boolean.'];
  return false;
}

function stringRecord(json: string): Record<string, string> | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return undefined;
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return undefined;
  const entries = Object.entries(parsed);
  return entries.every(([, value]) => typeof value === 'string')
    ? (Object.fromEntries(entries) as Record<string, string>)
    : undefined;
}

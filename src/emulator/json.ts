/**
 * Small helpers for the `drift` fault, which reworks parsed JSON bodies: the bodies are
 * `unknown` after parsing, and every drift must leave its input untouched (pure functions).
 */

export type JsonObject = Record<string, unknown>;

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A shallow copy without these keys (absent, not null: what an older or newer API sends). */
export function without(object: JsonObject, keys: readonly string[]): JsonObject {
  return Object.fromEntries(Object.entries(object).filter(([key]) => !keys.includes(key)));
}

/** A shallow copy with only these keys, in their order, where present. */
export function only(object: JsonObject, keys: readonly string[]): JsonObject {
  return Object.fromEntries(keys.filter((key) => key in object).map((key) => [key, object[key]]));
}

/** A number as its decimal string (`3650722201` → `"3650722201"`); anything else as is. */
export function numberAsString(value: unknown): unknown {
  return typeof value === 'number' ? String(value) : value;
}

/** A `{count, results}` page, as every Gcore list sends. */
export interface JsonPage {
  count: number;
  results: unknown[];
}

export function isJsonPage(value: unknown): value is JsonObject & JsonPage {
  return isJsonObject(value) && typeof value.count === 'number' && Array.isArray(value.results);
}

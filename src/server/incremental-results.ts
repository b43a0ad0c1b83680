import type { GraphQLError } from 'graphql';

/**
 * One payload of an answer: a whole result, the first payload of an incremental one
 * (`hasNext: true`), or a subsequent payload whose `incremental` entries each deliver a
 * deferred fragment (`data` at `path`) or streamed list items (`items` from `path`'s index).
 */
export interface AnyResult {
  data?: unknown;
  errors?: readonly GraphQLError[];
  hasNext?: boolean;
  incremental?: readonly IncrementalEntry[];
}

interface IncrementalEntry {
  path: readonly (string | number)[];
  data?: unknown;
  items?: readonly unknown[];
  errors?: readonly GraphQLError[];
}

/** Whether this payload delivers the field at `path` (it exists in the data this payload carries). */
export function delivers(result: AnyResult, path: readonly (string | number)[]): boolean {
  if (result.incremental) return result.incremental.some((entry) => entryDelivers(entry, path));
  return reaches(result.data, path);
}

/** `errors` added to the payload: top level for a whole or first payload, else on the entry delivering their path. */
export function withErrors(result: AnyResult, errors: readonly GraphQLError[]): AnyResult {
  if (!result.incremental?.length) return { ...result, errors: [...(result.errors ?? []), ...errors] };
  const incremental = result.incremental.map((entry) => ({ ...entry }));
  for (const error of errors) {
    const path = error.path ?? [];
    const entry = incremental.find((candidate) => entryDelivers(candidate, path)) ?? incremental[0]!;
    entry.errors = [...(entry.errors ?? []), error];
  }
  return { ...result, incremental };
}

function entryDelivers(entry: IncrementalEntry, path: readonly (string | number)[]): boolean {
  if (entry.items) {
    const listPath = entry.path.slice(0, -1);
    const start = Number(entry.path.at(-1));
    if (!startsWith(path, listPath)) return false;
    const index = Number(path[listPath.length]) - start;
    return Number.isInteger(index) && index >= 0 && index < entry.items.length
      ? reaches(entry.items[index], path.slice(listPath.length + 1))
      : false;
  }
  return startsWith(path, entry.path) && reaches(entry.data, path.slice(entry.path.length));
}

function startsWith(path: readonly (string | number)[], prefix: readonly (string | number)[]): boolean {
  return prefix.length <= path.length && prefix.every((key, index) => path[index] === key);
}

/** Whether `path` leads to a present key (null included) in `data`. */
function reaches(data: unknown, path: readonly (string | number)[]): boolean {
  let current = data;
  for (const key of path) {
    if (current === null || typeof current !== 'object' || !(key in current)) return false;
    current = (current as Record<string | number, unknown>)[key];
  }
  return true;
}

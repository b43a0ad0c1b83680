import { badUserInput } from '../errors.js';
import type { DiskImage } from './disk-image.js';
import { compareSortKeys, orderSignature, type OrderTerm, type SortKey } from './image-order.js';

/**
 * Relay pagination over a sorted result with keyset cursors: a cursor is the sort key of its
 * image plus the ordering it belongs to, so a page boundary is found by comparison and pages
 * stay stable while data is unchanged, in both directions.
 */
export interface PageArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

export interface Page {
  edges: { cursor: string; node: DiskImage }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}

export const MAX_PAGE_SIZE = 1000;

interface CursorPayload {
  o: string;
  k: SortKey;
}

// Keys of cached images live as long as their listing: each cursor is encoded once per ordering
// (for a few orderings per key: clients choose orderings, so the memo must not grow with them).
const ORDERINGS_KEPT = 8;
const cursors = new WeakMap<SortKey, Map<string, string>>();

export function encodeCursor(terms: OrderTerm[], key: SortKey): string {
  const order = orderSignature(terms);
  let byOrder = cursors.get(key);
  if (!byOrder) cursors.set(key, (byOrder = new Map()));
  let cursor = byOrder.get(order);
  if (cursor === undefined) {
    const payload: CursorPayload = { o: order, k: key };
    cursor = Buffer.from(JSON.stringify(payload), 'utf8').toString('base64url');
    if (byOrder.size < ORDERINGS_KEPT) byOrder.set(order, cursor);
  }
  return cursor;
}

export function decodeCursor(cursor: string, terms: OrderTerm[], argument: string): SortKey {
  let payload: CursorPayload;
  try {
    payload = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as CursorPayload;
  } catch {
    throw badUserInput(`${argument} is not a cursor of this connection.`, { argument });
  }
  if (!isSortKey(payload?.k)) throw badUserInput(`${argument} is not a cursor of this connection.`, { argument });
  if (payload.o !== orderSignature(terms)) {
    throw badUserInput(`${argument} was issued for another orderBy; start again without it.`, { argument });
  }
  return payload.k;
}

function isSortKey(value: unknown): value is SortKey {
  if (typeof value !== 'object' || value === null) return false;
  const key = value as Record<string, unknown>;
  return (
    typeof key.provider === 'string' &&
    typeof key.region === 'string' &&
    typeof key.projectId === 'number' &&
    typeof key.imageId === 'string' &&
    typeof key.name === 'string' &&
    (key.distribution === null || typeof key.distribution === 'string') &&
    (key.version === null || typeof key.version === 'string') &&
    (key.createdAt === null || typeof key.createdAt === 'number')
  );
}

function pageSize(value: number | null | undefined, argument: string): number | undefined {
  if (value === null || value === undefined) return undefined;
  if (!Number.isInteger(value) || value < 0 || value > MAX_PAGE_SIZE) {
    throw badUserInput(`${argument} must be between 0 and ${MAX_PAGE_SIZE}.`, { argument });
  }
  return value;
}

/** Validated, decoded paging arguments. */
export interface PageWindow {
  first?: number;
  last?: number;
  after?: SortKey;
  before?: SortKey;
}

/** Checks and decodes paging arguments; throws BAD_USER_INPUT for anything malformed. */
export function pageWindow(args: PageArgs, terms: OrderTerm[]): PageWindow {
  const first = pageSize(args.first, 'first');
  const last = pageSize(args.last, 'last');
  if (first !== undefined && last !== undefined)
    throw badUserInput('Pass first or last, not both.', { argument: 'last' });
  return {
    ...(first !== undefined ? { first } : {}),
    ...(last !== undefined ? { last } : {}),
    ...(args.after ? { after: decodeCursor(args.after, terms, 'after') } : {}),
    ...(args.before ? { before: decodeCursor(args.before, terms, 'before') } : {}),
  };
}

export function paginate(sorted: { image: DiskImage; key: SortKey }[], terms: OrderTerm[], window: PageWindow): Page {
  const { first, last, after, before } = window;
  let start = 0;
  let end = sorted.length;
  if (after) start = firstIndexWhere(sorted, (key) => compareSortKeys(terms, key, after) > 0);
  if (before)
    end = Math.max(
      start,
      firstIndexWhere(sorted, (key) => compareSortKeys(terms, key, before) >= 0),
    );
  if (first !== undefined) end = Math.min(end, start + first);
  if (last !== undefined) start = Math.max(start, end - last);

  const edges = sorted.slice(start, end).map(({ image, key }) => ({ cursor: encodeCursor(terms, key), node: image }));
  return {
    edges,
    pageInfo: {
      // Whether anything lies beyond this page in the whole ordered result, either way:
      // what a client needs to show "next" and "previous" buttons.
      hasNextPage: end < sorted.length,
      hasPreviousPage: start > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

/** Binary search: the sorted list is ordered by the same comparison. */
function firstIndexWhere(sorted: { key: SortKey }[], predicate: (key: SortKey) => boolean): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (predicate(sorted[middle]!.key)) high = middle;
    else low = middle + 1;
  }
  return low;
}

import DataLoader from 'dataloader';

/**
 * How one provider's listing queries relate, so one request can answer several of them
 * (different server-side filters on the same partition) from a single upstream call.
 */
export interface ListingAlgebra<Partition, Query, Item> {
  /** A stable key for a partition (what one listing call covers). */
  partitionKeyOf(partition: Partition): string;
  /** A stable key for a query (same filters in any order: same key). */
  keyOf(query: Query): string;
  /** Whether everything `narrow` would list is also in `broad`'s listing. */
  covers(broad: Query, narrow: Query): boolean;
  /** The narrowest query whose listing covers all of `queries`. */
  common(queries: Query[]): Query;
  /** Whether an item of a broader listing is one that `query` would have listed. */
  matches(item: Item, query: Query): boolean;
}

export type FetchListing<Partition, Query, Item> = (partition: Partition, query: Query) => Promise<Item[]>;

interface Held<Query, Item> {
  query: Query;
  listing: Promise<Item[]>;
}

/**
 * One request's listings of one provider, per partition. Neither API can batch by id or
 * union filters, so the cost promise ("one list call per partition per request") is kept
 * here: lookups that arrive together for one partition are merged into one call with the
 * filters they all share, and later lookups are answered from any listing already held
 * whose filters cover theirs. Items of a broader listing are narrowed locally.
 */
export function createPartitionListings<Partition, Query, Item>(
  fetchListing: FetchListing<Partition, Query, Item>,
  algebra: ListingAlgebra<Partition, Query, Item>,
): (partition: Partition, query: Query) => Promise<Item[]> {
  const held = new Map<string, Held<Query, Item>[]>();

  const derive = (source: Held<Query, Item>, query: Query): Promise<Item[]> =>
    algebra.keyOf(source.query) === algebra.keyOf(query)
      ? source.listing
      : source.listing.then((items) => items.filter((item) => algebra.matches(item, query)));

  const loader = new DataLoader<{ partition: Partition; query: Query }, Item[], string>(
    async (keys) => {
      const waiting = new Map<string, { partition: Partition; queries: Query[] }>();
      for (const { partition, query } of keys) {
        const key = algebra.partitionKeyOf(partition);
        if (held.get(key)?.some((source) => algebra.covers(source.query, query))) continue;
        const group = waiting.get(key) ?? { partition, queries: [] };
        group.queries.push(query);
        waiting.set(key, group);
      }
      // One call per partition for everything that arrived together, all partitions at once.
      for (const [key, { partition, queries }] of waiting) {
        const shared = algebra.common(queries);
        // A query the shared listing cannot answer (filters we cannot evaluate here) gets its own.
        const own = queries.filter((query) => !algebra.covers(shared, query));
        for (const query of own.length < queries.length ? [shared, ...own] : own) {
          const listing = fetchListing(partition, query);
          // A rejection is handled by whoever awaits it; this copy only keeps Node quiet.
          listing.catch(() => undefined);
          held.set(key, [...(held.get(key) ?? []), { query, listing }]);
        }
      }
      return Promise.all(
        keys.map(({ partition, query }) => {
          const source = held
            .get(algebra.partitionKeyOf(partition))!
            .find((candidate) => algebra.covers(candidate.query, query))!;
          return derive(source, query).catch((error: unknown) =>
            error instanceof Error ? error : new Error(String(error)),
          );
        }),
      );
    },
    {
      cacheKeyFn: ({ partition, query }) => `${algebra.partitionKeyOf(partition)}\u0000${algebra.keyOf(query)}`,
      // Wait for every resolver of this execution step (root fields await discovery first),
      // so lookups of sibling fields land in the same batch and share one call.
      batchScheduleFn: (dispatch) => setImmediate(dispatch),
    },
  );

  return (partition, query) => loader.load({ partition, query });
}

import DataLoader from 'dataloader';
import type { CatalogPartition } from '../catalog/partitions.js';
import type { AccountListings, Listing } from '../catalog-cache/listing-cache.js';

/**
 * One request's lookups of one provider, per partition. Neither API can batch by id, so every
 * lookup in a partition — searches, `node`, `equivalents`, root fields — shares the promise of
 * that partition's one plain listing, which comes from the catalog cache (src/catalog-cache);
 * a detail call is made only for an id the listing lacks.
 */
export interface PartitionLoaders<Partition, Image> {
  images(partition: Partition): Promise<Image[]>;
  image(partition: Partition, imageId: string): Promise<Image | null>;
}

export interface PartitionSource<Partition, Image> {
  /** Equal partitions, equal keys: what one listing call covers. */
  keyOf(partition: Partition): string;
  /** The partition for the request's budget, and how a refusal names it (`Civo region LON1`, `{region}`). */
  budget(partition: Partition): LookupBudget;
  /** The plain listing, read and mapped; `signal` is the cache's own, or the request's without a cache. */
  list(partition: Partition, signal: AbortSignal): Promise<Image[]>;
  /** One image by id, or null when the upstream has none. */
  detail(partition: Partition, imageId: string): Promise<Image | null>;
}

/** A partition as MAX_PARTITIONS_PER_QUERY counts it, and its words and error fields. */
export interface LookupBudget {
  partition: CatalogPartition;
  where: string;
  location: Record<string, unknown>;
}

/** What a provider's per-request scope gets from the request (see ProviderPlugin.forRequest). */
export interface RequestTools {
  /** Aborted when the client goes away. */
  signal: AbortSignal;
  /** Charges a partition against MAX_PARTITIONS_PER_QUERY; throws TOO_MANY_PARTITIONS past it. */
  charge(budget: LookupBudget): void;
  /** Charges a detail call (an id no listing has; `key` tells repeats apart) against MAX_DETAIL_LOOKUPS_PER_QUERY; throws TOO_MANY_LOOKUPS past it. */
  chargeDetail(budget: LookupBudget, key: string): void;
  /** This provider account's cached listings. */
  listings: AccountListings;
  /** Notes how fresh a listing the request used is (coverage reports stale ones). */
  observe(partition: CatalogPartition, listing: Listing<unknown>): void;
}

/**
 * Every lookup charges its partition first (a search has charged it already, at no extra
 * cost), so no provider can forget the cap: past it, the lookup fails alone, with no call.
 */
export function createPartitionLoaders<Partition, Image extends { imageId: string }>(
  source: PartitionSource<Partition, Image>,
  { charge, chargeDetail, listings: cache, observe, signal }: RequestTools,
): PartitionLoaders<Partition, Image> {
  const settle = <T>(work: Promise<T>): Promise<T | Error> =>
    work.catch((error: unknown) => (error instanceof Error ? error : new Error(String(error))));
  const listOne = async (partition: Partition): Promise<Image[]> => {
    const { partition: catalogPartition, location } = source.budget(partition);
    const listing = await cache.get(
      {
        key: source.keyOf(partition),
        where: { provider: catalogPartition.provider.toLowerCase(), ...location },
        list: (listSignal) => source.list(partition, listSignal),
      },
      signal,
    );
    observe(catalogPartition, listing);
    return listing.images;
  };
  const listings = new DataLoader<Partition, Image[], string>(
    (partitions) => Promise.all(partitions.map((partition) => settle(listOne(partition)))),
    {
      cacheKeyFn: source.keyOf,
      // Root fields await discovery before they list: wait for all of them, so siblings share a batch.
      batchScheduleFn: (dispatch) => setImmediate(dispatch),
    },
  );
  const details = new DataLoader<{ partition: Partition; imageId: string }, Image | null, string>(
    (keys) => Promise.all(keys.map(({ partition, imageId }) => settle(source.detail(partition, imageId)))),
    { cacheKeyFn: ({ partition, imageId }) => `${source.keyOf(partition)}\u0000${imageId}` },
  );
  return {
    images: async (partition) => {
      charge(source.budget(partition));
      return listings.load(partition);
    },
    image: async (partition, imageId) => {
      const budget = source.budget(partition);
      charge(budget);
      const listed = (await listings.load(partition)).find((image) => image.imageId === imageId);
      if (listed) return listed;
      chargeDetail(budget, `${budget.partition.provider}\u0000${source.keyOf(partition)}\u0000${imageId}`);
      return details.load({ partition, imageId });
    },
  };
}

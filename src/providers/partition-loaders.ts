import DataLoader from 'dataloader';
import type { CatalogPartition } from '../catalog/partitions.js';

/**
 * One request's lookups of one provider, per partition. Neither API can batch by id, so every
 * lookup in a partition — searches, `node`, `equivalents`, root fields — shares the promise of
 * that partition's one plain listing; a detail call is made only for an id the listing lacks.
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
  list(partition: Partition): Promise<Image[]>;
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
}

/**
 * Every lookup charges its partition first (a search has charged it already, at no extra
 * cost), so no provider can forget the cap: past it, the lookup fails alone, with no call.
 */
export function createPartitionLoaders<Partition, Image extends { imageId: string }>(
  source: PartitionSource<Partition, Image>,
  { charge }: Pick<RequestTools, 'charge'>,
): PartitionLoaders<Partition, Image> {
  const settle = <T>(work: Promise<T>): Promise<T | Error> =>
    work.catch((error: unknown) => (error instanceof Error ? error : new Error(String(error))));
  const listings = new DataLoader<Partition, Image[], string>(
    (partitions) => Promise.all(partitions.map((partition) => settle(source.list(partition)))),
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
      charge(source.budget(partition));
      const listed = (await listings.load(partition)).find((image) => image.imageId === imageId);
      return listed ?? details.load({ partition, imageId });
    },
  };
}

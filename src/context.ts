import type { CloudProvider } from './catalog/disk-image.js';
import { createEquivalentsState, type EquivalentsState } from './catalog/equivalents-state.js';
import { partitionKey, type CatalogPartition, type PartitionFailure } from './catalog/partitions.js';
import { chargeDetailLookup, chargeLookup } from './catalog/partition-budget.js';
import type { Listing } from './catalog-cache/listing-cache.js';
import type { RequestTools } from './providers/partition-loaders.js';
import type { ProviderServices } from './providers/services.js';

/** A partition failure that a field answered around; the response lists it in `errors`. */
export interface PartialFailure {
  path: readonly (string | number)[];
  failure: PartitionFailure;
}

/** Everything one GraphQL request shares: fresh loaders, so caching never crosses requests. */
export interface Context {
  /** Each configured provider's per-request scope (see its scope.ts), by name. */
  scopes: Map<CloudProvider, unknown>;
  /** Aborted when the HTTP client goes away; upstream calls of the request follow it. */
  signal: AbortSignal;
  /** Distinct partitions this request fans out to, against MAX_PARTITIONS_PER_QUERY. */
  partitionBudget: { used: Set<string>; max: number };
  /** MAX_NODE_IDS: most ids `nodes(ids:)` takes. */
  maxNodeIds: number;
  /** Detail calls (ids no listing has), against MAX_DETAIL_LOOKUPS_PER_QUERY. */
  detailBudget: { used: Set<string>; max: number };
  /** How fresh each listing this request used was, by partition key (the oldest of a partition's listings). */
  freshness: Map<string, PartitionFreshness>;
  partialFailures: PartialFailure[];
  /** `equivalents`' per-request indexes and refusals. */
  equivalents: EquivalentsState;
}

/** A listing's age as an answer reports it (coverage.stale, coverage.asOf). */
export interface PartitionFreshness {
  partition: CatalogPartition;
  asOf: number;
  stale: boolean;
  refreshError: Listing<unknown>['refreshError'];
}

export interface ContextOptions {
  signal: AbortSignal;
  maxPartitionsPerQuery: number;
  maxDetailLookupsPerQuery: number;
  maxNodeIds: number;
}

export function createContext(
  services: ProviderServices,
  { signal, maxPartitionsPerQuery, maxDetailLookupsPerQuery, maxNodeIds }: ContextOptions,
): Context {
  const context: Context = {
    signal,
    maxNodeIds,
    partitionBudget: { used: new Set(), max: maxPartitionsPerQuery },
    detailBudget: { used: new Set(), max: maxDetailLookupsPerQuery },
    freshness: new Map(),
    partialFailures: [],
    equivalents: createEquivalentsState(),
    scopes: new Map(),
  };
  const observe = (partition: CatalogPartition, { asOf, stale, refreshError }: Listing<unknown>) => {
    const key = partitionKey(partition);
    const known = context.freshness.get(key);
    // Gcore lists VM and bare-metal images apart: a partition is as old as its oldest listing.
    if (!known || asOf < known.asOf) context.freshness.set(key, { partition, asOf, stale, refreshError });
  };
  const tools = (listings: RequestTools['listings']): RequestTools => ({
    signal,
    charge: ({ partition, where, location }) => chargeLookup(context, partition, { where, location }),
    chargeDetail: (budget, key) => chargeDetailLookup(context, key, budget),
    listings,
    observe,
  });
  context.scopes = new Map(
    [...services.configured].map(([name, { provider, services: own, listings }]) => [
      name,
      provider.forRequest(own, tools(listings)),
    ]),
  );
  return context;
}

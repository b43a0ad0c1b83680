import type { CloudProvider } from './catalog/disk-image.js';
import { createEquivalentsState, type EquivalentsState } from './catalog/equivalents-state.js';
import type { PartitionFailure } from './catalog/partitions.js';
import { chargeLookup } from './catalog/partition-budget.js';
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
  partialFailures: PartialFailure[];
  /** `equivalents`' per-request indexes and refusals. */
  equivalents: EquivalentsState;
}

export interface ContextOptions {
  signal: AbortSignal;
  maxPartitionsPerQuery: number;
}

export function createContext(services: ProviderServices, { signal, maxPartitionsPerQuery }: ContextOptions): Context {
  const context: Context = {
    signal,
    partitionBudget: { used: new Set(), max: maxPartitionsPerQuery },
    partialFailures: [],
    equivalents: createEquivalentsState(),
    scopes: new Map(),
  };
  const request: RequestTools = {
    signal,
    charge: ({ partition, where, location }) => chargeLookup(context, partition, { where, location }),
  };
  context.scopes = new Map(
    [...services.configured].map(([name, { provider, services: own }]) => [name, provider.forRequest(own, request)]),
  );
  return context;
}

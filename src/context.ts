import { createEquivalentsState, type EquivalentsState } from './catalog/equivalents-state.js';
import type { PartitionFailure } from './catalog/partitions.js';
import { providerNotConfigured } from './errors.js';
import type { CivoClient } from './providers/civo/client.js';
import type { CivoDirectory } from './providers/civo/directory.js';
import { createCivoLoaders, type CivoLoaders } from './providers/civo/loaders.js';
import type { GcoreClient } from './providers/gcore/client.js';
import type { GcoreDirectory } from './providers/gcore/directory.js';
import { createGcoreLoaders, type GcoreLoaders } from './providers/gcore/loaders.js';
import type { ProviderServices } from './providers/services.js';

export interface CivoRequestScope {
  client: CivoClient;
  directory: CivoDirectory;
  loaders: CivoLoaders;
}

export interface GcoreRequestScope {
  client: GcoreClient;
  directory: GcoreDirectory;
  loaders: GcoreLoaders;
}

/** A partition failure that a field answered around; the response lists it in `errors`. */
export interface PartialFailure {
  path: readonly (string | number)[];
  failure: PartitionFailure;
}

/** Everything one GraphQL request shares: fresh loaders, so caching never crosses requests. */
export interface Context {
  civo: CivoRequestScope | null;
  gcore: GcoreRequestScope | null;
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
  return {
    signal,
    partitionBudget: { used: new Set(), max: maxPartitionsPerQuery },
    partialFailures: [],
    equivalents: createEquivalentsState(),
    // Discovery is shared across requests (DISCOVERY_TTL_SECONDS) and asked at most once within one.
    civo: services.civo && {
      ...services.civo,
      directory: services.civo.directory.forRequest(),
      loaders: createCivoLoaders(services.civo.client, signal),
    },
    gcore: services.gcore && {
      ...services.gcore,
      directory: services.gcore.directory.forRequest(),
      loaders: createGcoreLoaders(services.gcore.client, signal),
    },
  };
}

export function requireCivo(context: Context): CivoRequestScope {
  if (!context.civo) throw providerNotConfigured('civo');
  return context.civo;
}

export function requireGcore(context: Context): GcoreRequestScope {
  if (!context.gcore) throw providerNotConfigured('gcore');
  return context.gcore;
}

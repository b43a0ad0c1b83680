import type { GraphQLError } from 'graphql';
import type { CloudProvider } from './disk-image.js';

/** One failure domain, what one listing covers: a Civo region, a Gcore project × region. */
export interface CatalogPartition {
  provider: CloudProvider;
  /** The region's code (`LON1`, `76`). */
  region: string;
  /** Where the provider has projects (Gcore); null elsewhere. */
  projectId: number | null;
}

export function partitionKey({ provider, region, projectId }: CatalogPartition): string {
  return projectId === null ? `${provider}:${region}` : `${provider}:${projectId}:${region}`;
}

/**
 * A partition that did not answer, or something larger that could not be asked at all: a whole
 * provider (not configured, or its discovery failed), a Gcore project or a region that
 * discovery does not list.
 */
export interface PartitionFailure {
  provider: CloudProvider;
  /** Region code (`LON1`, `76`); null when a whole provider or a whole Gcore project failed. */
  region: string | null;
  /** Gcore project id; null for Civo, a whole provider, or a Gcore region failing in every project. */
  projectId: number | null;
  error: GraphQLError;
}

export function failureOf({ provider, region, projectId }: CatalogPartition, error: GraphQLError): PartitionFailure {
  return { provider, region, projectId, error };
}

/** A partition answered from a listing older than CATALOG_TTL_SECONDS. */
export interface StalePartition {
  partition: CatalogPartition;
  /** When its listing was fetched (epoch ms). */
  asOf: number;
  /** The refresh failure that kept it stale; null while a refresh is merely due or running. */
  refreshError: RefreshError | null;
}

/** A refresh's failure as an answer shows it (a plain object: a resolver returning an Error would fail its field). */
export interface RefreshError {
  code: string;
  reason: string | null;
  message: string;
}

export function refreshErrorOf(error: GraphQLError): RefreshError {
  const { code, reason } = error.extensions;
  return { code: String(code), reason: typeof reason === 'string' ? reason : null, message: error.message };
}

/** What a fan-out covered: a UI shows "2 of 9 regions missing" from this, not a short list. */
export interface Coverage {
  /** Partitions asked, plus one for each failure found before asking (`failed` entries whose provider, project or region could not be asked). */
  requested: number;
  /** `requested` less `failed.length`: the partitions that answered. */
  answered: number;
  failed: PartitionFailure[];
  /** Answered partitions whose listing was stale, oldest first. */
  stale: StalePartition[];
  /** The oldest listing the answer was built from (epoch ms); null when nothing answered. */
  asOf: number | null;
}

import type { GraphQLError } from 'graphql';
import type { CloudProvider } from './disk-image.js';

/** One failure domain: a Civo region, or a Gcore project × region. */
export type CatalogPartition =
  { provider: 'CIVO'; region: string } | { provider: 'GCORE'; projectId: number; regionId: number };

export function partitionKey(partition: CatalogPartition): string {
  return partition.provider === 'CIVO'
    ? `CIVO:${partition.region}`
    : `GCORE:${partition.projectId}:${partition.regionId}`;
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

export function failureOf(partition: CatalogPartition, error: GraphQLError): PartitionFailure {
  return partition.provider === 'CIVO'
    ? { provider: 'CIVO', region: partition.region, projectId: null, error }
    : { provider: 'GCORE', region: String(partition.regionId), projectId: partition.projectId, error };
}

/** What a fan-out covered: a UI shows "2 of 9 regions missing" from this, not a short list. */
export interface Coverage {
  /** Partitions asked, plus one for each failure found before asking (`failed` entries whose provider, project or region could not be asked). */
  requested: number;
  /** `requested` less `failed.length`: the partitions that answered. */
  answered: number;
  failed: PartitionFailure[];
}

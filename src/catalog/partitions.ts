import type { GraphQLError } from 'graphql';
import type { CloudProvider } from './disk-image.js';

/** One failure domain: a Civo region, or a Gcore project × region. */
export type CatalogPartition =
  | { provider: 'CIVO'; region: string }
  | { provider: 'GCORE'; projectId: number; regionId: number };

export function partitionKey(partition: CatalogPartition): string {
  return partition.provider === 'CIVO' ? `CIVO:${partition.region}` : `GCORE:${partition.projectId}:${partition.regionId}`;
}

/** A partition (or a whole provider: not configured, or its discovery failed) that did not answer. */
export interface PartitionFailure {
  provider: CloudProvider;
  /** Region code (`LON1`, `76`); null when the whole provider failed (not configured, or its discovery failed). */
  region: string | null;
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
  requested: number;
  answered: number;
  failed: PartitionFailure[];
}

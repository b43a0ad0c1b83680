import type { Context } from '../context.js';
import { DEFAULT_STATUSES } from './image-filter.js';
import type { PartitionFailure } from './partitions.js';
import { planPartitions } from './search.js';

export interface DiscoveryReport {
  /** Partitions the configured providers' discovery found (what an unnarrowed search would ask). */
  partitions: number;
  /** Providers whose discovery failed (their region or project list could not be read). */
  failed: PartitionFailure[];
}

/**
 * Runs every configured provider's discovery (Civo regions, Gcore regions and projects) as an
 * unnarrowed search would plan it, and lists nothing. The lists land in the catalog cache, so
 * the first queries need not wait for them.
 */
export async function discoverCatalog(context: Context): Promise<DiscoveryReport> {
  const plan = await planPartitions(context, { statuses: DEFAULT_STATUSES });
  return {
    partitions: plan.partitions.length,
    // A region or project that discovery does not list is a failure of that part only.
    failed: plan.failed.filter((failure) => failure.region === null && failure.projectId === null),
  };
}

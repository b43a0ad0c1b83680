import { GraphQLError } from 'graphql';
import type { Context } from '../context.js';
import { ErrorCode, providerNotConfigured } from '../errors.js';
import { civoListingFor } from '../providers/civo/pushdown.js';
import { gcoreListingFor } from '../providers/gcore/pushdown.js';
import type { CloudProvider, DiskImage } from './disk-image.js';
import { matchesFilter, type ImageFilter } from './image-filter.js';
import { chargePartitions } from './partition-budget.js';
import { failureOf, type CatalogPartition, type Coverage, type PartitionFailure } from './partitions.js';

export interface SearchResult {
  images: DiskImage[];
  coverage: Coverage;
}

export interface SearchOptions {
  /**
   * Push predicates down to the upstream. Default: yes, unless the operation selects
   * `equivalents`, whose lookups come after the page and must find plain listings to share.
   */
  pushdown?: boolean;
}

/**
 * Searches every partition the filter allows, all at once (a query waits for its slowest
 * partition, not the sum), one list call per partition. A failing partition costs only its
 * own images: it is reported in `coverage.failed`, never returned as an empty list.
 */
export async function searchCatalog(context: Context, filter: ImageFilter, options: SearchOptions = {}): Promise<SearchResult> {
  const { partitions, failed } = await planPartitions(context, filter);
  chargePartitions(context, partitions);
  const outcomes = await Promise.all(
    partitions.map(async (partition) => {
      try {
        return { images: await listPartition(context, partition, filter, options) };
      } catch (error) {
        if (error instanceof GraphQLError) return { failure: failureOf(partition, error) };
        throw error;
      }
    }),
  );
  const images: DiskImage[] = [];
  for (const outcome of outcomes) {
    if (outcome.failure) failed.push(outcome.failure);
    else for (const image of outcome.images ?? []) if (matchesFilter(image, filter)) images.push(image);
  }
  const requested = partitions.length + failed.filter((failure) => failure.region === null).length;
  return { images, coverage: { requested, answered: requested - failed.length, failed } };
}

function listPartition(context: Context, partition: CatalogPartition, filter: ImageFilter, options: SearchOptions): Promise<DiskImage[]> {
  const pushdown = options.pushdown ?? !context.operation.selectsEquivalents;
  if (partition.provider === 'CIVO') {
    const listing = civoListingFor(filter);
    return context.civo!.loaders.images(partition.region, { custom: pushdown && (listing?.custom ?? false) });
  }
  const listing = gcoreListingFor(filter, { pushdown });
  return context.gcore!.loaders.images(partition.projectId, partition.regionId, listing?.filters ?? {}, {
    baremetal: listing?.baremetal ?? false,
  });
}

interface Plan {
  partitions: CatalogPartition[];
  /** Providers whose discovery failed, or that the filter names but are not configured. */
  failed: PartitionFailure[];
}

/** Which partitions a filter needs: configured ones, narrowed by providers, regions and projects. */
export async function planPartitions(context: Context, filter: ImageFilter): Promise<Plan> {
  const wanted = (provider: CloudProvider) => !filter.providers || filter.providers.includes(provider);
  const named = (provider: CloudProvider) => filter.providers?.includes(provider) ?? false;
  const civoRegions = filter.regions?.filter((code) => !/^\d+$/.test(code));
  const gcoreRegions = filter.regions?.filter((code) => /^\d+$/.test(code)).map(Number);

  const [civo, gcore] = await Promise.all([
    wanted('CIVO') && civoListingFor(filter) && civoRegions?.length !== 0
      ? providerPartitions('CIVO', named('CIVO'), async () => {
          if (!context.civo) throw providerNotConfigured('civo');
          const regions = civoRegions ?? (await context.civo.directory.configuredRegions());
          return regions.map((region): CatalogPartition => ({ provider: 'CIVO', region }));
        })
      : empty(),
    wanted('GCORE') && gcoreListingFor(filter) && gcoreRegions?.length !== 0
      ? providerPartitions('GCORE', named('GCORE'), async () => {
          if (!context.gcore) throw providerNotConfigured('gcore');
          const { directory } = context.gcore;
          const [projectIds, regionIds] = await Promise.all([
            filter.gcoreProjectIds ?? directory.configuredProjectIds(),
            gcoreRegions ?? directory.configuredRegionIds(),
          ]);
          return projectIds.flatMap((projectId) =>
            regionIds.map((regionId): CatalogPartition => ({ provider: 'GCORE', projectId, regionId })),
          );
        })
      : empty(),
  ]);
  return { partitions: [...civo.partitions, ...gcore.partitions], failed: [...civo.failed, ...gcore.failed] };
}

async function empty(): Promise<Plan> {
  return { partitions: [], failed: [] };
}

async function providerPartitions(provider: CloudProvider, explicitlyNamed: boolean, discover: () => Promise<CatalogPartition[]>): Promise<Plan> {
  try {
    return { partitions: await discover(), failed: [] };
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
    // An unconfigured provider is simply not searched, unless the filter asked for it by name.
    if (error.extensions.code === ErrorCode.PROVIDER_NOT_CONFIGURED && !explicitlyNamed) return { partitions: [], failed: [] };
    return { partitions: [], failed: [{ provider, region: null, projectId: null, error }] };
  }
}

import { GraphQLError } from 'graphql';
import type { Context } from '../context.js';
import { ErrorCode } from '../errors.js';
import { providerNamed, registeredProviders } from '../providers/plugin.js';
import type { CloudProvider, DiskImage } from './disk-image.js';
import { distinctImages } from './distinct-images.js';
import { matchesFilter, type ImageFilter } from './image-filter.js';
import { chargePartitions, type PartitionRefusal } from './partition-budget.js';
import {
  failureOf,
  partitionKey,
  refreshErrorOf,
  type CatalogPartition,
  type Coverage,
  type StalePartition,
} from './partitions.js';
import type { Plan } from './provider-catalog.js';

export interface SearchResult {
  images: DiskImage[];
  coverage: Coverage;
}

export interface SearchOptions {
  /** Words a TOO_MANY_PARTITIONS refusal for the field searching (default: a filtered search's). */
  refusal?: (refusal: PartitionRefusal) => string;
}

/**
 * Searches every partition the filter allows, all at once (a query waits for its slowest
 * partition, not the sum), one list call per partition. A failing partition costs only its
 * own images: it is reported in `coverage.failed`, never returned as an empty list.
 * An image is one row however many partitions list it (`distinctImages`).
 */
export async function searchCatalog(
  context: Context,
  filter: ImageFilter,
  options: SearchOptions = {},
): Promise<SearchResult> {
  const plan = await planPartitions(context, filter);
  const { partitions } = plan;
  chargePartitions(context, partitions, options.refusal);
  const outcomes = await Promise.all(
    partitions.map(async (partition) => {
      try {
        return {
          provider: partition.provider,
          partition,
          images: await providerNamed(partition.provider).catalog.list(context, partition, filter),
        };
      } catch (error) {
        if (error instanceof GraphQLError)
          return { provider: partition.provider, failure: failureOf(partition, error) };
        throw error;
      }
    }),
  );
  const failed = [...plan.failed];
  const listed: DiskImage[] = [];
  const answered: CatalogPartition[] = [];
  // Partitions are in configured order (Gcore: the default project first), so the copy kept
  // of an image listed in several projects is the first project's.
  for (const outcome of outcomes) {
    if (outcome.failure) failed.push(outcome.failure);
    else {
      answered.push(outcome.partition!);
      const { catalog } = providerNamed(outcome.provider);
      for (const image of outcome.images ?? []) {
        if (matchesFilter(image, filter) && (catalog.matches?.(image, filter) ?? true)) listed.push(image);
      }
    }
  }
  // A failure found while planning (a provider, project or region that could not be asked at
  // all) counts once as requested and failed, however many partitions it stands for.
  const requested = partitions.length + plan.failed.length;
  return {
    images: distinctImages(listed),
    coverage: { requested, answered: requested - failed.length, failed, ...freshnessOf(context, answered) },
  };
}

/** How old the listings behind an answer are: the stale ones, and the oldest. */
function freshnessOf(context: Context, answered: CatalogPartition[]): Pick<Coverage, 'stale' | 'asOf'> {
  const stale: StalePartition[] = [];
  let asOf: number | null = null;
  for (const partition of answered) {
    const freshness = context.freshness.get(partitionKey(partition));
    if (!freshness) continue;
    if (asOf === null || freshness.asOf < asOf) asOf = freshness.asOf;
    if (freshness.stale) {
      const { refreshError } = freshness;
      stale.push({ partition, asOf: freshness.asOf, refreshError: refreshError && refreshErrorOf(refreshError) });
    }
  }
  return { stale: stale.sort((a, b) => a.asOf - b.asOf), asOf };
}

/**
 * Which partitions a filter needs: configured ones, narrowed by providers, regions and projects.
 * Partitions that cannot match are not called: none of a provider whose images cannot match
 * the filter, none of the regions or projects that discovery does not list.
 */
export async function planPartitions(context: Context, filter: ImageFilter): Promise<Plan> {
  const plans = await Promise.all(
    registeredProviders().map(({ name: provider, catalog }) => {
      const regions = filter.regions?.filter((region) => region.provider === provider).map((region) => region.code);
      const wanted = !filter.providers || filter.providers.includes(provider);
      // Regions named, none of them this provider's: it is not asked.
      if (!wanted || !catalog.canMatch(filter) || regions?.length === 0) return NOTHING;
      // A filter names a provider by name, or through its regions or projects: a provider named
      // without a key is a failed part of the answer, not a silently empty one.
      const named = (filter.providers?.includes(provider) ?? false) || regions !== undefined || catalog.namedBy(filter);
      return providerPartitions(provider, named, () => catalog.plan(context, filter, regions));
    }),
  );
  return { partitions: plans.flatMap((plan) => plan.partitions), failed: plans.flatMap((plan) => plan.failed) };
}

const NOTHING: Plan = { partitions: [], failed: [] };

async function providerPartitions(
  provider: CloudProvider,
  explicitlyNamed: boolean,
  plan: () => Promise<Plan>,
): Promise<Plan> {
  try {
    return await plan();
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
    // An unconfigured provider is simply not searched, unless the filter asked for it by name.
    if (error.extensions.code === ErrorCode.PROVIDER_NOT_CONFIGURED && !explicitlyNamed) return NOTHING;
    return { partitions: [], failed: [{ provider, region: null, projectId: null, error }] };
  }
}

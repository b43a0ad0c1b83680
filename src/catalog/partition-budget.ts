import { GraphQLError } from 'graphql';
import type { Context } from '../context.js';
import { ErrorCode } from '../errors.js';
import { partitionKey, type CatalogPartition } from './partitions.js';

/** What a refusal knows, for a message that fits the field that was refused. */
export interface PartitionRefusal {
  /** Distinct partitions the request would search with this charge. */
  wouldSearch: number;
  /** MAX_PARTITIONS_PER_QUERY. */
  limit: number;
  /** The partitions this charge asked for (some may be held already). */
  partitions: readonly CatalogPartition[];
}

/** The refusal of a filtered search (images, latestImage, imageFamilies): its filter narrows it. */
function searchRefusal({ wouldSearch, limit }: PartitionRefusal): string {
  return (
    `This query would search ${wouldSearch} partitions (regions × projects); the limit is ${limit} (MAX_PARTITIONS_PER_QUERY). ` +
    'Narrow it with filter.providers, filter.regions or filter.gcoreProjectIds.'
  );
}

/**
 * Counts the distinct partitions a request fans out to (MAX_PARTITIONS_PER_QUERY) and refuses
 * past the cap before any call is made: a query naming no filter on a huge account must not
 * cost hundreds of calls. Charging a partition twice costs nothing. `message` words the
 * refusal for the field charged (default: a filtered search's).
 */
export function chargePartitions(
  context: Context,
  partitions: readonly CatalogPartition[],
  message: (refusal: PartitionRefusal) => string = searchRefusal,
  extensions: Record<string, unknown> = {},
): void {
  const budget = context.partitionBudget;
  const fresh = new Set(partitions.map(partitionKey).filter((key) => !budget.used.has(key)));
  const wouldSearch = budget.used.size + fresh.size;
  if (wouldSearch > budget.max) {
    throw new GraphQLError(message({ wouldSearch, limit: budget.max, partitions }), {
      extensions: { ...extensions, code: ErrorCode.TOO_MANY_PARTITIONS, limit: budget.max },
    });
  }
  for (const key of fresh) budget.used.add(key);
}

/**
 * Charges the partition a lookup by id lists (node, nodes, civoDiskImage, gcoreImage…): past
 * the cap this lookup fails alone with TOO_MANY_PARTITIONS naming its partition, and nothing
 * is asked upstream for it. A partition the request already searches costs nothing.
 */
export function chargeLookup(
  context: Context,
  partition: CatalogPartition,
  /** The partition in the provider's words (`Civo region LON1`) and error fields (`{region}`). */
  { where, location }: { where: string; location: Record<string, unknown> },
): void {
  chargePartitions(
    context,
    [partition],
    ({ limit }) =>
      `Looking this up would search ${where}, past the limit of ${limit} partitions (regions × projects) ` +
      'one request may search (MAX_PARTITIONS_PER_QUERY); ask for it in another request.',
    { provider: partition.provider, ...location },
  );
}

/**
 * Charges a detail call, made for an id no listing has (MAX_DETAIL_LOOKUPS_PER_QUERY): ids that
 * do not exist cost one call each, so a request full of them is stopped at the cap, and each
 * lookup past it fails alone with TOO_MANY_LOOKUPS and no call.
 */
export function chargeDetailLookup(
  context: Context,
  key: string,
  { where, location, partition }: { where: string; location: Record<string, unknown>; partition: CatalogPartition },
): void {
  const budget = context.detailBudget;
  if (budget.used.has(key)) return;
  if (budget.used.size >= budget.max)
    throw new GraphQLError(
      `Not looked up: this id is not in the listing of ${where}, and this request has used its ${budget.max} lookups of such ids (MAX_DETAIL_LOOKUPS_PER_QUERY).`,
      {
        extensions: { code: ErrorCode.TOO_MANY_LOOKUPS, limit: budget.max, provider: partition.provider, ...location },
      },
    );
  budget.used.add(key);
}

import { GraphQLError } from 'graphql';
import type { Context } from '../context.js';
import { ErrorCode } from '../errors.js';
import { partitionKey, type CatalogPartition } from './partitions.js';

/**
 * Counts the distinct partitions a request fans out to (MAX_PARTITIONS_PER_QUERY) and refuses
 * past the cap before any call is made: a query naming no filter on a huge account must not
 * cost hundreds of calls. Charging a partition twice costs nothing.
 */
export function chargePartitions(context: Context, partitions: readonly CatalogPartition[]): void {
  const budget = context.partitionBudget;
  const fresh = new Set(partitions.map(partitionKey).filter((key) => !budget.used.has(key)));
  if (budget.used.size + fresh.size > budget.max) {
    throw new GraphQLError(
      `This query would search ${budget.used.size + fresh.size} partitions (regions × projects); the limit is ${budget.max}. ` +
        'Narrow it with filter.providers, filter.regions or filter.gcoreProjectIds.',
      { extensions: { code: ErrorCode.TOO_MANY_PARTITIONS, limit: budget.max } },
    );
  }
  for (const key of fresh) budget.used.add(key);
}

import { GraphQLError } from 'graphql';
import { handleStreamOrSingleExecutionResult, type Plugin } from 'graphql-yoga';
import type { Context, PartialFailure } from '../context.js';
import { delivers, withErrors, type AnyResult } from './incremental-results.js';

/**
 * Adds one error per failed partition and root field to the response, next to the data that
 * did arrive.
 * Resolvers of fan-out fields answer with what they have and file their failures on the
 * context; this is the only place that can put an error beside a non-null result.
 *
 * With @defer/@stream the answer comes in several payloads: each failure goes out with the
 * payload that delivers the field it was filed under (a deferred `equivalents` reports its
 * partitions with its own data, not before), and whatever is still unplaced goes out with the
 * last payload, so none is ever lost.
 */
export function usePartialFailures(): Plugin<Context> {
  return {
    onExecute({ args }) {
      const context = args.contextValue as Context;
      const placed = new Set<PartialFailure>();
      const seen = new Set<string>();
      const errorsFor = (failures: PartialFailure[]): GraphQLError[] => {
        const errors: GraphQLError[] = [];
        for (const entry of failures) {
          placed.add(entry);
          const { path, failure } = entry;
          // Once per root field × partition × code: every root field that lost a partition
          // says so under its own path (its `coverage.failed` promises an entry in `errors`),
          // while the many `equivalents` of one page do not repeat the same failure.
          const key = `${String(path[0])}|${failure.provider}|${failure.region}|${failure.projectId}|${String(failure.error.extensions.code)}`;
          if (seen.has(key)) continue;
          seen.add(key);
          errors.push(
            new GraphQLError(failure.error.message, {
              path,
              extensions: { ...failure.error.extensions, region: failure.region, partial: true },
            }),
          );
        }
        return errors;
      };
      return {
        onExecuteDone(payload) {
          return handleStreamOrSingleExecutionResult(payload, ({ result, setResult }) => {
            const payloadResult = result as AnyResult;
            const last = payloadResult.hasNext !== true;
            const due = context.partialFailures.filter(
              (entry) => !placed.has(entry) && (last || delivers(payloadResult, entry.path)),
            );
            const errors = errorsFor(due);
            if (errors.length > 0) setResult(withErrors(payloadResult, errors) as typeof result);
          });
        },
      };
    },
  };
}

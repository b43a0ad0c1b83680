import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Context } from '../context.js';

/**
 * Adds one error per failed partition and root field to the response, next to the data that
 * did arrive.
 * Resolvers of fan-out fields answer with what they have and file their failures on the
 * context; this is the only place that can put an error beside a non-null result.
 */
export function usePartialFailures(): Plugin<Context> {
  return {
    onExecute({ args }) {
      const context = args.contextValue as Context;
      return {
        onExecuteDone({ result, setResult }) {
          if (!('data' in result) || context.partialFailures.length === 0) return;
          const seen = new Set<string>();
          const errors: GraphQLError[] = [];
          for (const { path, failure } of context.partialFailures) {
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
          setResult({ ...result, errors: [...(result.errors ?? []), ...errors] });
        },
      };
    },
  };
}

import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/**
 * graphql-js reports variables of the wrong type ("Variable "$r" got invalid value …") as
 * uncoded errors and runs nothing. They are bad input like any other: code them
 * BAD_USER_INPUT so clients can tell them from our faults.
 */
export function useInputErrorCodes(): Plugin {
  return {
    onExecute() {
      return {
        onExecuteDone({ result, setResult }) {
          if (!('errors' in result) || !result.errors?.length || result.data !== undefined) return;
          setResult({
            ...result,
            errors: result.errors.map((error) =>
              error.extensions?.code === undefined && error.path === undefined
                ? new GraphQLError(error.message, {
                    nodes: error.nodes,
                    source: error.source,
                    positions: error.positions,
                    extensions: { ...error.extensions, code: 'BAD_USER_INPUT' },
                  })
                : error,
            ),
          });
        },
      };
    },
  };
}

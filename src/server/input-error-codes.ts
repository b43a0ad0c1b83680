import { GraphQLError, type ASTVisitor, type ValidationContext } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/**
 * graphql-js reports variables of the wrong type ("Variable "$r" got invalid value …") as
 * uncoded errors and runs nothing. They are bad input like any other: code them
 * BAD_USER_INPUT so clients can tell them from our faults.
 */
export function useInputErrorCodes(): Plugin {
  return {
    onValidate({ addValidationRule }) {
      addValidationRule(onlyOperationTypesTheSchemaHas);
    },
    onExecute() {
      return {
        onExecuteDone({ result, setResult }) {
          if (!('errors' in result) || !result.errors?.length || result.data !== undefined) return;
          setResult({
            ...result,
            errors: result.errors.map((error) =>
              error.extensions?.code === undefined && error.path === undefined
                ? new GraphQLError(error.message, { nodes: error.nodes, source: error.source, positions: error.positions, extensions: { ...error.extensions, code: 'BAD_USER_INPUT' } })
                : error,
            ),
          });
        },
      };
    },
  };
}

/**
 * graphql-js validates a `subscription` or `mutation` against a schema without that root type
 * and only fails at execution, with an uncoded error. This API only answers queries: say so
 * during validation, so it is refused like any other invalid operation (GRAPHQL_VALIDATION_FAILED).
 */
export function onlyOperationTypesTheSchemaHas(context: ValidationContext): ASTVisitor {
  return {
    OperationDefinition(operation) {
      if (context.getSchema().getRootType(operation.operation)) return;
      context.reportError(new GraphQLError(`This API has no ${operation.operation}s: it answers queries only.`, { nodes: operation }));
    },
  };
}

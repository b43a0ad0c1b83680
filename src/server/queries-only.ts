import { GraphQLError, type ASTVisitor, type ValidationContext } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/** Refuses subscriptions and mutations at validation: this API answers queries only. */
export function useQueriesOnly(): Plugin {
  return {
    onValidate({ addValidationRule }) {
      addValidationRule(onlyOperationTypesTheSchemaHas);
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
      context.reportError(
        new GraphQLError(`This API has no ${operation.operation}s: it answers queries only.`, { nodes: operation }),
      );
    },
  };
}

import {
  getDirectiveValues,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  Kind,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type FragmentSpreadNode,
  type GraphQLSchema,
  type InlineFragmentNode,
  type OperationDefinitionNode,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Context } from '../context.js';

/**
 * Fills `context.operation` before execution. Gcore only prices images when asked
 * (`include_prices=true`), and asking costs a slower call, so we ask exactly when the
 * operation selects `GcoreImage.price` anywhere: directly, in a fragment, or through an
 * interface (`... on GcoreImage`). Deciding once per operation keeps every lookup of the
 * request on the same listing, hence one call per partition. Likewise `equivalents` needs
 * plain listings of every partition after the page is known, so an operation that selects
 * it lists plainly from the start (no pushdown) and its later lookups reuse those listings.
 * A selection that `@skip`/`@include` leaves out (with this request's variables) does not count.
 */
export function useOperationFacts(): Plugin<Context> {
  return {
    onExecute({ args }) {
      const context = args.contextValue as Context;
      const operationName = args.operationName ?? undefined;
      const selected = selectedFields(args.schema, args.document, operationName, args.variableValues ?? {});
      context.operation.selectsGcorePrice = selected.has('GcoreImage.price');
      context.operation.selectsEquivalents = ['CivoDiskImage', 'GcoreImage', 'DiskImage'].some((type) =>
        selected.has(`${type}.equivalents`),
      );
    },
  };
}

/** Whether the operation selects `typeName.fieldName` anywhere (see useOperationFacts). */
export function selectsField(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | undefined,
  typeName: string,
  fieldName: string,
  variables: Record<string, unknown> = {},
): boolean {
  return selectedFields(schema, document, operationName, variables).has(`${typeName}.${fieldName}`);
}

/**
 * Every field the operation selects, as `Type.field` of the type it is selected on, in one
 * walk of the operation and the fragments it reaches; what @skip/@include leave out is not.
 */
function selectedFields(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | undefined,
  variables: Record<string, unknown>,
): Set<string> {
  const selected = new Set<string>();
  const operations = document.definitions.filter(
    (definition): definition is OperationDefinitionNode => definition.kind === 'OperationDefinition',
  );
  const operation = operationName
    ? operations.find((definition) => definition.name?.value === operationName)
    : operations[0];
  if (!operation) return selected;
  const typeInfo = new TypeInfo(schema);
  for (const definition of [operation, ...reachableFragments(document, operation, variables)]) {
    visit(
      definition,
      visitWithTypeInfo(typeInfo, {
        Field(field) {
          if (isLeftOut(field, variables)) return false;
          const parent = typeInfo.getParentType();
          if (parent) selected.add(`${parent.name}.${field.name.value}`);
          return undefined;
        },
        InlineFragment: (fragment) => (isLeftOut(fragment, variables) ? false : undefined),
        FragmentSpread: (spread) => (isLeftOut(spread, variables) ? false : undefined),
      }),
    );
  }
  return selected;
}

/** The fragments an operation spreads, directly or through other fragments (not other operations'). */
function reachableFragments(
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): FragmentDefinitionNode[] {
  const byName = new Map(
    document.definitions
      .filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION)
      .map((fragment) => [fragment.name.value, fragment]),
  );
  const reached = new Map<string, FragmentDefinitionNode>();
  const pending: (OperationDefinitionNode | FragmentDefinitionNode)[] = [operation];
  while (pending.length > 0) {
    visit(pending.pop()!, {
      Field: (field) => (isLeftOut(field, variables) ? false : undefined),
      InlineFragment: (fragment) => (isLeftOut(fragment, variables) ? false : undefined),
      FragmentSpread(spread) {
        if (isLeftOut(spread, variables)) return;
        const fragment = byName.get(spread.name.value);
        if (fragment && !reached.has(spread.name.value)) {
          reached.set(spread.name.value, fragment);
          pending.push(fragment);
        }
      },
    });
  }
  return [...reached.values()];
}

/** `@skip(if: true)` or `@include(if: false)`, with this request's variables: execution leaves it out. */
function isLeftOut(
  node: FieldNode | InlineFragmentNode | FragmentSpreadNode,
  variables: Record<string, unknown>,
): boolean {
  if (!node.directives?.length) return false;
  return (
    getDirectiveValues(GraphQLSkipDirective, node, variables)?.if === true ||
    getDirectiveValues(GraphQLIncludeDirective, node, variables)?.if === false
  );
}

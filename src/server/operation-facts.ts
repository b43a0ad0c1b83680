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
      const variables = args.variableValues ?? {};
      const selects = (typeName: string, fieldName: string) => selectsField(args.schema, args.document, operationName, typeName, fieldName, variables);
      context.operation.selectsGcorePrice = selects('GcoreImage', 'price');
      context.operation.selectsEquivalents = selects('CivoDiskImage', 'equivalents') || selects('GcoreImage', 'equivalents') || selects('DiskImage', 'equivalents');
    },
  };
}

export function selectsField(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | undefined,
  typeName: string,
  fieldName: string,
  variables: Record<string, unknown> = {},
): boolean {
  const operations = document.definitions.filter((definition): definition is OperationDefinitionNode => definition.kind === 'OperationDefinition');
  const operation = operationName ? operations.find((definition) => definition.name?.value === operationName) : operations[0];
  if (!operation) return false;
  const fragments = reachableFragments(document, operation, variables);
  const typeInfo = new TypeInfo(schema);
  let found = false;
  for (const definition of [operation, ...fragments]) {
    visit(
      definition,
      visitWithTypeInfo(typeInfo, {
        Field(field) {
          if (isLeftOut(field, variables)) return false;
          if (typeInfo.getParentType()?.name === typeName && typeInfo.getFieldDef()?.name === fieldName) found = true;
          return undefined;
        },
        InlineFragment: (fragment) => (isLeftOut(fragment, variables) ? false : undefined),
        FragmentSpread: (spread) => (isLeftOut(spread, variables) ? false : undefined),
      }),
    );
    if (found) return true;
  }
  return false;
}

/** The fragments an operation spreads, directly or through other fragments (not other operations'). */
function reachableFragments(document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown>): FragmentDefinitionNode[] {
  const byName = new Map(
    document.definitions.filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION).map((fragment) => [fragment.name.value, fragment]),
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
function isLeftOut(node: FieldNode | InlineFragmentNode | FragmentSpreadNode, variables: Record<string, unknown>): boolean {
  if (!node.directives?.length) return false;
  return getDirectiveValues(GraphQLSkipDirective, node, variables)?.if === true || getDirectiveValues(GraphQLIncludeDirective, node, variables)?.if === false;
}

import { Kind, TypeInfo, visit, visitWithTypeInfo, type DocumentNode, type FragmentDefinitionNode, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
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
 */
export function useOperationFacts(): Plugin<Context> {
  return {
    onExecute({ args }) {
      const context = args.contextValue as Context;
      const operationName = args.operationName ?? undefined;
      context.operation.selectsGcorePrice = selectsField(args.schema, args.document, operationName, 'GcoreImage', 'price');
      context.operation.selectsEquivalents =
        selectsField(args.schema, args.document, operationName, 'CivoDiskImage', 'equivalents') ||
        selectsField(args.schema, args.document, operationName, 'GcoreImage', 'equivalents') ||
        selectsField(args.schema, args.document, operationName, 'DiskImage', 'equivalents');
    },
  };
}

export function selectsField(schema: GraphQLSchema, document: DocumentNode, operationName: string | undefined, typeName: string, fieldName: string): boolean {
  const operations = document.definitions.filter((definition): definition is OperationDefinitionNode => definition.kind === 'OperationDefinition');
  const operation = operationName ? operations.find((definition) => definition.name?.value === operationName) : operations[0];
  if (!operation) return false;
  const fragments = reachableFragments(document, operation);
  const typeInfo = new TypeInfo(schema);
  let found = false;
  for (const definition of [operation, ...fragments]) {
    visit(
      definition,
      visitWithTypeInfo(typeInfo, {
        Field() {
          if (typeInfo.getParentType()?.name === typeName && typeInfo.getFieldDef()?.name === fieldName) found = true;
        },
      }),
    );
    if (found) return true;
  }
  return false;
}

/** The fragments an operation spreads, directly or through other fragments (not other operations'). */
function reachableFragments(document: DocumentNode, operation: OperationDefinitionNode): FragmentDefinitionNode[] {
  const byName = new Map(
    document.definitions.filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION).map((fragment) => [fragment.name.value, fragment]),
  );
  const reached = new Map<string, FragmentDefinitionNode>();
  const pending: (OperationDefinitionNode | FragmentDefinitionNode)[] = [operation];
  while (pending.length > 0) {
    visit(pending.pop()!, {
      FragmentSpread(spread) {
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

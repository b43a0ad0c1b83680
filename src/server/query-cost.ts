import {
  getArgumentValues,
  getNamedType,
  getNullableType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  SchemaMetaFieldDef,
  TypeMetaFieldDef,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

/** Items assumed for a list nothing bounds (facets, regions, locations, introspection lists). */
export const DEFAULT_LIST_SIZE = 10;
/** Items assumed for a connection page asked with neither `first` nor `last` ("every match"): its maximum. */
export const UNBOUNDED_PAGE_SIZE = 1_000;
/** Lists whose usual length is known to differ from DEFAULT_LIST_SIZE, by field name. */
export const LIST_SIZES: Readonly<Record<string, number>> = {
  // One per other region of the family: about the number of regions of both clouds.
  equivalents: 20,
  // A whole partition's listing.
  civoDiskImages: 100,
  gcoreImages: 100,
};

/**
 * What an operation would cost to answer, estimated from the document alone, before it runs:
 * each field selected costs 1, and a list multiplies what is selected under it by its
 * expected length: a connection's `first`/`last` (UNBOUNDED_PAGE_SIZE when neither is given),
 * `nodes(ids:)` by its ids, `equivalents` and the other lists by LIST_SIZES. So `equivalents`
 * on a page of images costs the page size times 20 times its own selection. `__typename` is
 * free. A fragment is costed once per page size it is seen under, however often it is spread,
 * so the estimate takes time linear in the document; each spread still adds the fragment's
 * cost, so a fragment spread twice at each of many levels estimates (and is refused) as what
 * it would be without graphql-js merging repeated fields.
 */
export function estimateCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions)
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  const costed = new Map<string, number>();
  const active = new Set<string>();

  const fieldOf = (type: GraphQLNamedType, name: string): GraphQLField<unknown, unknown> | undefined => {
    if (name === SchemaMetaFieldDef.name) return SchemaMetaFieldDef;
    if (name === TypeMetaFieldDef.name) return TypeMetaFieldDef;
    return isObjectType(type) || isInterfaceType(type) ? type.getFields()[name] : undefined;
  };
  const argumentsOf = (field: GraphQLField<unknown, unknown>, node: Parameters<typeof getArgumentValues>[1]) => {
    try {
      return getArgumentValues(field, node, variables);
    } catch {
      return {}; // Execution refuses a bad argument on its own; it costs nothing here.
    }
  };

  /** `pageSize`: set on a connection's own selection, for its `edges`. */
  const costOf = (selectionSet: SelectionSetNode, type: GraphQLNamedType, pageSize?: number): number => {
    let total = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        const field = fieldOf(type, name);
        if (!field) continue; // __typename, or a field validation already refused.
        // Only the arguments that size a list are read (coercing a whole filter would cost more than the rest).
        const isConnection = field.args.some((arg) => arg.name === 'first');
        const sized = isConnection || field.args.some((arg) => arg.name === 'ids');
        const args = sized ? argumentsOf(field, selection) : {};
        const page = isConnection ? pageOf(args.first, args.last) : undefined;
        const multiplier = isListType(getNullableType(field.type))
          ? Array.isArray(args.ids)
            ? args.ids.length
            : (pageSize ?? LIST_SIZES[name] ?? DEFAULT_LIST_SIZE)
          : 1;
        const below = selection.selectionSet ? costOf(selection.selectionSet, getNamedType(field.type), page) : 0;
        total += 1 + multiplier * below;
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const condition = selection.typeCondition && schema.getType(selection.typeCondition.name.value);
        total += costOf(selection.selectionSet, condition ?? type, pageSize);
      } else {
        const fragment = fragments.get(selection.name.value);
        const condition = fragment && schema.getType(fragment.typeCondition.name.value);
        const key = `${selection.name.value}:${pageSize ?? ''}`;
        if (!fragment || !condition || active.has(key)) continue; // Cycles are another rule's error.
        let cost = costed.get(key);
        if (cost === undefined) {
          active.add(key);
          cost = costOf(fragment.selectionSet, condition, pageSize);
          active.delete(key);
          costed.set(key, cost);
        }
        total += cost;
      }
    }
    return total;
  };

  const root = schema.getRootType(operation.operation);
  return root ? costOf(operation.selectionSet, root) : 0;
}

function pageOf(first: unknown, last: unknown): number {
  const sizes = [first, last].filter((size): size is number => typeof size === 'number');
  return sizes.length ? Math.max(0, ...sizes) : UNBOUNDED_PAGE_SIZE;
}

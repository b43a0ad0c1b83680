import {
  Kind,
  type ASTVisitor,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql';

/**
 * How deeply an operation nests fields (`{ images { edges { node { name } } } }` is 4), fragments
 * and inline fragments adding no level. Each fragment is measured once, however often it is
 * spread, so this takes time linear in the document. Introspection fields count like any other.
 */
export function depthRule(onMeasured: (context: ValidationContext, depth: number) => void) {
  return function queryDepth(context: ValidationContext): ASTVisitor {
    const measured = new Map<string, number>();
    const active = new Set<string>();
    const depthOf = (selectionSet: SelectionSetNode): number => {
      let deepest = 0;
      for (const selection of selectionSet.selections) {
        let depth = 0;
        if (selection.kind === Kind.FIELD) depth = 1 + (selection.selectionSet ? depthOf(selection.selectionSet) : 0);
        else if (selection.kind === Kind.INLINE_FRAGMENT) depth = depthOf(selection.selectionSet);
        else depth = fragmentDepth(context.getFragment(selection.name.value));
        deepest = Math.max(deepest, depth);
      }
      return deepest;
    };
    const fragmentDepth = (fragment: FragmentDefinitionNode | null | undefined): number => {
      if (!fragment) return 0;
      const name = fragment.name.value;
      const known = measured.get(name);
      if (known !== undefined) return known;
      if (active.has(name)) return 0; // A cycle: NoFragmentCyclesRule reports it.
      active.add(name);
      const depth = depthOf(fragment.selectionSet);
      active.delete(name);
      measured.set(name, depth);
      return depth;
    };
    return {
      OperationDefinition(operation) {
        onMeasured(context, depthOf(operation.selectionSet));
      },
    };
  };
}

/** How many directives (`@include`, `@skip`, `@deprecated`…) the document writes, wherever they are. */
export function directivesRule(onCounted: (context: ValidationContext, count: number) => void) {
  return function queryDirectives(context: ValidationContext): ASTVisitor {
    let count = 0;
    return {
      Directive() {
        count++;
      },
      Document: {
        leave() {
          onCounted(context, count);
        },
      },
    };
  };
}

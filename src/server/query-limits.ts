import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { GraphQLError, Kind, parse, type ASTVisitor, type SelectionSetNode, type ValidationContext } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { ErrorCode } from '../errors.js';

export interface QueryLimits {
  /** Most aliases an operation may use (MAX_QUERY_ALIASES). */
  maxAliases: number;
  /**
   * Most tokens a document may have (MAX_QUERY_TOKENS): the parser stops there, so no document
   * is parsed, validated or walked past this size (thousands of nested braces included).
   */
  maxTokens: number;
}

/**
 * Refuses, before anything runs, operations whose answer would grow out of proportion:
 * - `equivalents` inside `equivalents`. It is the schema's only recursion: each level
 *   multiplies the answer by the number of places (three levels on a page of images are tens
 *   of megabytes) and only repeats the family the outer list already gives. Without it every
 *   path is a few levels deep, so no separate depth limit is needed.
 * - Too many aliases: the one way left to make an operation do the same work many times over.
 *   Counting comes from GraphQL Armor; its rejection is re-raised with our stable code.
 */
export function useQueryLimits(limits: QueryLimits): Plugin {
  const reject = (context: ValidationContext | null, error: GraphQLError) => {
    const coded = new GraphQLError(error.message.replace(/^Syntax Error: /, ''), {
      extensions: { code: ErrorCode.QUERY_TOO_COMPLEX },
    });
    if (!context) throw coded;
    context.reportError(coded);
  };
  const aliases = maxAliasesRule({ n: limits.maxAliases, propagateOnRejection: false, onReject: [reject] });
  return {
    onParse({ setParseFn }) {
      setParseFn((source, options) => {
        try {
          return parse(source, { ...options, maxTokens: limits.maxTokens });
        } catch (error) {
          if (error instanceof GraphQLError && /contains more th\w+ \d+ tokens/.test(error.message))
            throw new GraphQLError(
              `The document has more than ${limits.maxTokens} tokens (MAX_QUERY_TOKENS); parsing stopped there.`,
              { extensions: { code: ErrorCode.QUERY_TOO_COMPLEX } },
            );
          // A MAX_QUERY_TOKENS set high enough lets nesting overflow the parser's stack: same answer.
          if (error instanceof RangeError)
            throw new GraphQLError('The document is nested too deeply to parse; lower its nesting.', {
              extensions: { code: ErrorCode.QUERY_TOO_COMPLEX },
            });
          throw error;
        }
      });
    },
    onValidate({ addValidationRule }) {
      addValidationRule(aliases);
      addValidationRule(noNestedEquivalents);
    },
  };
}

/**
 * `equivalents` (on DiskImage types, the only field of that name) may not appear under another.
 * Each fragment is walked at most twice (outside and inside `equivalents`), however often it is
 * spread: walking it at every spread would double the work per level of nested spreads, and a
 * one-kilobyte document could stall the server.
 */
export function noNestedEquivalents(context: ValidationContext): ASTVisitor {
  const walked = new Set<string>();
  const walk = (selectionSet: SelectionSetNode, inside: boolean): void => {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        const isEquivalents = selection.name.value === 'equivalents';
        if (isEquivalents && inside) {
          context.reportError(
            new GraphQLError(
              '`equivalents` cannot be selected inside `equivalents`: the inner list would repeat the family the outer one lists. Select it once.',
              {
                nodes: selection,
                extensions: { code: ErrorCode.QUERY_TOO_COMPLEX },
              },
            ),
          );
          continue;
        }
        if (selection.selectionSet) walk(selection.selectionSet, inside || isEquivalents);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        walk(selection.selectionSet, inside);
      } else {
        const name = selection.name.value;
        const fragment = context.getFragment(name);
        // Marked before walking, so a fragment cycle (another rule's error) ends here too.
        const key = `${inside ? 'inside' : 'outside'}:${name}`;
        if (fragment && !walked.has(key)) {
          walked.add(key);
          walk(fragment.selectionSet, inside);
        }
      }
    }
  };
  return {
    OperationDefinition(operation) {
      walk(operation.selectionSet, false);
    },
  };
}

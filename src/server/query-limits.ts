import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import {
  getVariableValues,
  GraphQLError,
  Kind,
  parse,
  type ASTNode,
  type ASTVisitor,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { ErrorCode } from '../errors.js';
import { DEFAULT_LIST_SIZE, estimateCost, LIST_SIZES, UNBOUNDED_PAGE_SIZE } from './query-cost.js';
import { depthRule, directivesRule } from './query-shape.js';

export interface QueryLimits {
  /** Most aliases an operation may use (MAX_QUERY_ALIASES). */
  maxAliases: number;
  /**
   * Most tokens a document may have (MAX_QUERY_TOKENS): the parser stops there, so no document
   * is parsed, validated or walked past this size (thousands of nested braces included).
   */
  maxTokens: number;
  /** Most levels of nested fields (MAX_QUERY_DEPTH). */
  maxDepth: number;
  /** Most directives a document may write (MAX_QUERY_DIRECTIVES). */
  maxDirectives: number;
  /** Highest estimated cost of an operation (MAX_QUERY_COST; see estimateCost). */
  maxCost: number;
}

/** Why QUERY_TOO_COMPLEX: the setting that refused it, or the shape no setting allows. */
export type TooComplexReason =
  | 'MAX_QUERY_TOKENS'
  | 'MAX_QUERY_ALIASES'
  | 'MAX_QUERY_DEPTH'
  | 'MAX_QUERY_DIRECTIVES'
  | 'MAX_QUERY_COST'
  | 'NESTED_EQUIVALENTS'
  | 'NESTED_TOO_DEEPLY_TO_PARSE';

/** "`equivalents` by 20, …", for the cost refusal's message. */
const KNOWN_LIST_SIZES = Object.entries(LIST_SIZES)
  .map(([field, size]) => `\`${field}\` by ${size}`)
  .join(', ');

/** graphql-js stops validating after 100 errors and says only this. */
const VALIDATION_ABORTED = 'Too many validation errors, error limit reached. Validation aborted.';

/**
 * A refusal before anything runs: QUERY_TOO_COMPLEX, `reason`, and for a limit how far the
 * operation went past it. HTTP 400 (see useQueryLimits' onResultProcess).
 */
export function tooComplex(
  message: string,
  reason: TooComplexReason,
  measured: { maximum?: number; actual?: number } = {},
  nodes?: ASTNode,
): GraphQLError {
  return new GraphQLError(message, {
    ...(nodes ? { nodes } : {}),
    extensions: { code: ErrorCode.QUERY_TOO_COMPLEX, reason, ...measured, http: { status: 400 } },
  });
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
    const found = /found (\d+)/.exec(error.message)?.[1];
    const coded = tooComplex(
      `${error.message.replace(/^Syntax Error: /, '')} (MAX_QUERY_ALIASES); use fewer aliases or ask in several requests.`,
      'MAX_QUERY_ALIASES',
      { maximum: limits.maxAliases, ...(found ? { actual: Number(found) } : {}) },
    );
    if (!context) throw coded;
    context.reportError(coded);
  };
  const aliases = maxAliasesRule({ n: limits.maxAliases, propagateOnRejection: false, onReject: [reject] });
  const depth = depthRule((context, actual) => {
    if (actual > limits.maxDepth)
      context.reportError(
        tooComplex(
          `The operation nests fields ${actual} levels deep, ${actual - limits.maxDepth} more than the ${limits.maxDepth} allowed (MAX_QUERY_DEPTH).`,
          'MAX_QUERY_DEPTH',
          { maximum: limits.maxDepth, actual },
        ),
      );
  });
  const directives = directivesRule((context, actual) => {
    if (actual > limits.maxDirectives)
      context.reportError(
        tooComplex(
          `The document has ${actual} directives, ${actual - limits.maxDirectives} more than the ${limits.maxDirectives} allowed (MAX_QUERY_DIRECTIVES).`,
          'MAX_QUERY_DIRECTIVES',
          { maximum: limits.maxDirectives, actual },
        ),
      );
  });
  return {
    onParse({ setParseFn }) {
      setParseFn((source, options) => {
        try {
          return parse(source, { ...options, maxTokens: limits.maxTokens });
        } catch (error) {
          if (error instanceof GraphQLError && /contains more th\w+ \d+ tokens/.test(error.message))
            throw tooComplex(
              `The document has more than ${limits.maxTokens} tokens (MAX_QUERY_TOKENS); parsing stopped there.`,
              'MAX_QUERY_TOKENS',
              { maximum: limits.maxTokens },
            );
          // A MAX_QUERY_TOKENS set high enough lets nesting overflow the parser's stack: same answer.
          if (error instanceof RangeError)
            throw tooComplex(
              'The document is nested too deeply to parse; lower its nesting.',
              'NESTED_TOO_DEEPLY_TO_PARSE',
            );
          throw error;
        }
      });
    },
    onValidate({ addValidationRule }) {
      addValidationRule(aliases);
      addValidationRule(noNestedEquivalents);
      addValidationRule(depth);
      addValidationRule(directives);
      return ({ result, setResult }) => {
        if (result.some((error) => error.message === VALIDATION_ABORTED))
          setResult(
            result.map((error) =>
              error.message === VALIDATION_ABORTED ? validationAborted(result.length - 1) : error,
            ),
          );
      };
    },
    // Yoga marks parse and validation errors "spec" ones, which answer 200 to `accept:
    // application/json`; a refusal by limit answers 400 to every client, like a 413.
    onResultProcess({ result }) {
      if (Array.isArray(result) || Symbol.asyncIterator in result) return;
      for (const error of result.errors ?? []) {
        const extensions = error.extensions as { code?: unknown; http?: { spec?: boolean } } | undefined;
        if (extensions?.code === ErrorCode.QUERY_TOO_COMPLEX && extensions.http) extensions.http.spec = false;
      }
    },
    // The cost depends on variables (`first: $n`), and Yoga caches validation by document, so
    // it is estimated for each request, after validation and before execution.
    onExecute({ args, setResultAndStopExecution }) {
      const operation = selectedOperation(args.document.definitions, args.operationName);
      if (!operation) return; // Execution refuses a missing or ambiguous operation itself.
      const coerced = getVariableValues(
        args.schema,
        operation.variableDefinitions ?? [],
        (args.variableValues ?? {}) as Record<string, unknown>,
      );
      if (coerced.errors) return; // So does it bad variables (BAD_USER_INPUT).
      const actual = estimateCost(args.schema, args.document, operation, coerced.coerced);
      if (actual <= limits.maxCost) return;
      setResultAndStopExecution({
        errors: [
          tooComplex(
            `The operation's estimated cost is ${format(actual)}, ${format(actual - limits.maxCost)} over the limit of ` +
              `${format(limits.maxCost)} (MAX_QUERY_COST). Each field costs 1, and a list multiplies what is selected ` +
              `under it: a page by its \`first\`/\`last\` (${UNBOUNDED_PAGE_SIZE} with neither), \`nodes\` by its ids, ` +
              `${KNOWN_LIST_SIZES}, other lists by ${DEFAULT_LIST_SIZE}. Ask for smaller pages or fewer fields.`,
            'MAX_QUERY_COST',
            { maximum: limits.maxCost, actual: Number.isFinite(actual) ? actual : Number.MAX_VALUE },
          ),
        ],
      });
    },
  };
}

function selectedOperation(
  definitions: readonly { kind: Kind }[],
  operationName: string | null | undefined,
): OperationDefinitionNode | undefined {
  const operations = definitions.filter(
    (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
  );
  if (operationName) return operations.find((operation) => operation.name?.value === operationName);
  return operations.length === 1 ? operations[0] : undefined;
}

function format(cost: number): string {
  return Number.isFinite(cost) && cost < 1e15 ? Math.round(cost).toLocaleString('en-US') : cost.toExponential(2);
}

/** graphql-js's "Validation aborted." with the why: the first 100 errors are listed, the rest not looked for. */
function validationAborted(listed: number): GraphQLError {
  return new GraphQLError(
    `The document has more than ${listed} validation errors; validation stopped after the first ${listed} above. Fix them and send it again.`,
    { extensions: { code: 'GRAPHQL_VALIDATION_FAILED', reason: 'TOO_MANY_VALIDATION_ERRORS', maximum: listed } },
  );
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
            tooComplex(
              '`equivalents` cannot be selected inside `equivalents`: the inner list would repeat the family the outer one lists. Select it once.',
              'NESTED_EQUIVALENTS',
              {},
              selection,
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

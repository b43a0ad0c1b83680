import { GraphQLError, type ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { redactDeep, type Redactor } from '../shared/redact.js';

/**
 * The last guard before an answer leaves: every error's message and extensions with the secrets
 * (and any fragment of a key) cut out, whoever made the error. Provider clients already scrub
 * their own; this also covers anything else that quotes what it was given.
 */
export function useRedactedErrors(redact: Redactor): Plugin {
  const scrub = (error: GraphQLError): GraphQLError => {
    const message = redact(error.message);
    const extensions = redactDeep(error.extensions, redact) as Record<string, unknown>;
    if (message === error.message && JSON.stringify(extensions) === JSON.stringify(error.extensions)) return error;
    return new GraphQLError(message, {
      nodes: error.nodes,
      source: error.source,
      positions: error.positions,
      path: error.path,
      extensions,
    });
  };
  const scrubResult = <R extends ExecutionResult>(result: R): R => {
    if (!result.errors?.length) return result;
    const errors = result.errors.map((error) => (error instanceof GraphQLError ? scrub(error) : error));
    return errors.every((error, index) => error === result.errors![index]) ? result : { ...result, errors };
  };
  return {
    onResultProcess({ result, setResult }) {
      // Only queries are served, so results are plain ones (a batch is refused before it runs).
      if (Array.isArray(result) || Symbol.asyncIterator in result) return;
      const scrubbed = scrubResult(result);
      if (scrubbed !== result) setResult(scrubbed);
    },
  };
}

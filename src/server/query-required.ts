import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { ErrorCode } from '../errors.js';

/**
 * A request with no document (none sent, and none found by a persisted-query hash) is unusable
 * input: 400 BAD_REQUEST whatever the client accepts. Yoga's own check says so with HTTP 200 to
 * an `application/json` client. Registered after the persisted-document plugins, which turn a
 * known hash into its document.
 */
export function useQueryRequired(): Plugin {
  return {
    onParams({ params }) {
      if (typeof params.query === 'string' && params.query.trim() !== '') return;
      const persisted = (params.extensions as { persistedQuery?: { version?: unknown; sha256Hash?: unknown } })
        ?.persistedQuery;
      const message = persisted
        ? 'extensions.persistedQuery must be { "version": 1, "sha256Hash": "<sha256 of the document, hex>" }.'
        : 'Must provide query string.';
      throw new GraphQLError(message, { extensions: { code: ErrorCode.BAD_REQUEST, http: { status: 400 } } });
    },
  };
}

import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { ErrorCode } from '../errors.js';

/**
 * Yoga stops reading a body past `maxRequestBodySize` (MAX_REQUEST_BYTES; by Content-Length at
 * once, or while a chunked body streams) and answers 413 "Request body too large". This says by
 * what limit, keeping Yoga's code and status.
 */
export function useRequestSizeMessage(maxBytes: number): Plugin {
  const explained = new GraphQLError(
    `The request body is larger than ${maxBytes} bytes (MAX_REQUEST_BYTES); send a smaller query or fewer variables.`,
    { extensions: { code: ErrorCode.REQUEST_ENTITY_TOO_LARGE, limit: maxBytes, http: { status: 413 } } },
  );
  return {
    onResultProcess({ result, setResult }) {
      if (Array.isArray(result) || !('errors' in result) || !result.errors) return;
      const errors = result.errors.map((error) =>
        error.extensions?.code === ErrorCode.REQUEST_ENTITY_TOO_LARGE ? explained : error,
      );
      if (errors.some((error, index) => error !== result.errors![index])) setResult({ ...result, errors });
    },
  };
}

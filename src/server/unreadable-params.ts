import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { ErrorCode } from '../errors.js';

/**
 * A GET or form request whose `variables` or `extensions` is not JSON is unusable input, like
 * a POST body that is not JSON: Yoga's own parser would throw and answer 500. Refuse it as
 * Yoga refuses the POST: 400, BAD_REQUEST. A form body is checked inside Yoga's parser, so it is
 * read once, after the CSRF check and within MAX_REQUEST_BYTES (Yoga's limit wraps this parser).
 * So is a multipart POST that Yoga's parser finds unusable (no `operations` field, not JSON):
 * Yoga answers such errors with no code at all, and a JSON body it cannot parse with the
 * parser's error attached, the body quoted in it.
 */
export function useUnreadableParams(): Plugin {
  return {
    onRequest({ request, url, endResponse }) {
      if (request.method !== 'GET') return;
      const unreadable = unreadableParam(url.searchParams);
      if (unreadable)
        endResponse(
          Response.json(
            { errors: [{ message: `\`${unreadable}\` is not valid JSON.`, extensions: { code: 'BAD_REQUEST' } }] },
            { status: 400 },
          ),
        );
    },
    onRequestParse({ request, requestParser, setRequestParser }) {
      if (request.method !== 'POST' || !requestParser) return;
      const isForm = request.headers.get('content-type')?.startsWith('application/x-www-form-urlencoded');
      setRequestParser(async (limited) => {
        if (isForm) {
          const unreadable = unreadableParam(new URLSearchParams(await limited.clone().text()));
          if (unreadable) throw badRequest(`\`${unreadable}\` is not valid JSON.`);
        }
        try {
          return await requestParser(limited);
        } catch (error) {
          // Yoga's errors come from its own graphql import: recognised by shape, not class. Its
          // JSON errors also carry the parser's own error, which quotes the whole body back.
          if (isUncodedGraphQLError(error) || hasOriginalError(error)) throw badRequest(error.message);
          throw error;
        }
      });
    },
  };
}

function badRequest(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.BAD_REQUEST, http: { status: 400 } } });
}

function unreadableParam(params: URLSearchParams): string | undefined {
  for (const name of ['variables', 'extensions']) {
    const value = params.get(name);
    if (value === null || value === '') continue;
    try {
      JSON.parse(value);
    } catch {
      return name;
    }
  }
  return undefined;
}

function hasOriginalError(error: unknown): error is Error {
  return (
    error instanceof Error &&
    'extensions' in error &&
    (error.extensions as { code?: unknown; originalError?: unknown })?.code === ErrorCode.BAD_REQUEST &&
    (error.extensions as { originalError?: unknown }).originalError !== undefined
  );
}

function isUncodedGraphQLError(error: unknown): error is Error {
  return (
    error instanceof Error && 'extensions' in error && (error.extensions as { code?: unknown })?.code === undefined
  );
}

import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/**
 * A GET or form request whose `variables` or `extensions` is not JSON is unusable input, like
 * a POST body that is not JSON: Yoga's own parser would throw and answer 500. Refuse it as
 * Yoga refuses the POST: 400, BAD_REQUEST. So is a multipart POST that Yoga's parser finds
 * unusable (no `operations` field, not JSON): it answers such errors with no code at all.
 */
export function useUnreadableParams(): Plugin {
  return {
    onRequestParse({ requestParser, setRequestParser }) {
      if (!requestParser) return;
      setRequestParser(async (request) => {
        try {
          return await requestParser(request);
        } catch (error) {
          // Yoga's errors come from its own graphql import: recognised by shape, not class.
          if (isUncodedGraphQLError(error))
            throw new GraphQLError(error.message, { extensions: { code: 'BAD_REQUEST', http: { status: 400 } } });
          throw error;
        }
      });
    },
    async onRequest({ request, url, endResponse }) {
      const params =
        request.method === 'GET'
          ? url.searchParams
          : request.headers.get('content-type')?.startsWith('application/x-www-form-urlencoded')
            ? new URLSearchParams(await request.clone().text())
            : null;
      if (!params) return;
      for (const name of ['variables', 'extensions']) {
        const value = params.get(name);
        if (value === null || value === '') continue;
        try {
          JSON.parse(value);
        } catch {
          endResponse(
            Response.json(
              { errors: [{ message: `\`${name}\` is not valid JSON.`, extensions: { code: 'BAD_REQUEST' } }] },
              { status: 400 },
            ),
          );
          return;
        }
      }
    },
  };
}

function isUncodedGraphQLError(error: unknown): error is Error {
  return (
    error instanceof Error && 'extensions' in error && (error.extensions as { code?: unknown })?.code === undefined
  );
}

import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { ErrorCode } from '../errors.js';

/**
 * A GET or form request whose `variables` or `extensions` is not JSON is unusable input, like
 * a POST body that is not JSON: Yoga's own parser would throw and answer 500. Refuse it as
 * Yoga refuses the POST: 400, BAD_REQUEST. A form body is checked inside Yoga's parser, so it is
 * read once, after the CSRF check and within MAX_REQUEST_BYTES (Yoga's limit wraps this parser).
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
      const isForm = request.headers.get('content-type')?.startsWith('application/x-www-form-urlencoded');
      if (request.method !== 'POST' || !isForm || !requestParser) return;
      setRequestParser(async (limited) => {
        const body = await limited.clone().text();
        const unreadable = unreadableParam(new URLSearchParams(body));
        if (unreadable)
          throw new GraphQLError(`\`${unreadable}\` is not valid JSON.`, {
            extensions: { code: ErrorCode.BAD_REQUEST, http: { status: 400 } },
          });
        return requestParser(limited);
      });
    },
  };
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

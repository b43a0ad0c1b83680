import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { ErrorCode } from '../errors.js';

/** Either header makes a browser preflight the request (Apollo Client sends the second for uploads). */
export const CSRF_HEADERS = ['x-graphql-yoga-csrf', 'apollo-require-preflight'];

/**
 * A cross-site page can POST a form (urlencoded, multipart, text/plain) with no CORS preflight,
 * so the server would run it before the browser ever asks whether that origin may. Such a POST
 * runs only with one of CSRF_HEADERS, which no form can set; a POST of JSON (GraphiQL, fetch,
 * every GraphQL client) is always preflighted cross-site and passes untouched. Yoga's plugin
 * decides; its refusal is re-raised with our code and a reason.
 *
 * GET is left alone on purpose: this API answers queries only (a mutation is refused before it
 * runs, over GET too), uses no cookies and changes nothing, so a cross-site GET can only make
 * the server read its catalog, which anyone may ask anyway; and GET must stay a plain request
 * for HTTP caches, CDNs and Apollo/urql GET clients.
 */
export function useCsrfPrevention(): Plugin {
  const yogas = useCSRFPrevention({ requestHeaders: CSRF_HEADERS });
  return {
    onRequestParse(payload) {
      if (payload.request.method !== 'POST') return;
      try {
        yogas.onRequestParse?.(payload);
      } catch {
        const contentType = payload.request.headers.get('content-type')?.split(';')[0] ?? 'none';
        throw new GraphQLError(
          `A POST with content-type ${contentType} could come from another site's form, so it needs an ` +
            `${CSRF_HEADERS[0]} header (any value); or send the request as application/json.`,
          { extensions: { code: ErrorCode.CSRF_PREFLIGHT_REQUIRED, http: { status: 403 } } },
        );
      }
    },
  };
}

import type { Plugin } from 'graphql-yoga';

/** Methods the endpoint answers cross-origin. */
const ALLOWED_METHODS = 'GET, POST, OPTIONS';
/** Response headers a cross-origin page may read besides the CORS-safelisted ones. */
const EXPOSED_HEADERS = 'x-request-id, etag';
/** How long a browser may reuse a preflight's answer (Chrome caps it at 2 h). */
const PREFLIGHT_MAX_AGE_SECONDS = '7200';

/**
 * CORS for a public, read-only API. With no allow-list every origin may read answers, as
 * `Access-Control-Allow-Origin: *`, which browsers never combine with cookies or HTTP auth; with
 * one (CORS_ORIGINS), only a listed origin is echoed, an unlisted one gets no allow-origin header
 * (its page cannot read the answer), and every answer says `Vary: Origin` for caches.
 * `Access-Control-Allow-Credentials` is never sent: nothing here depends on who asks.
 * (Yoga's own CORS reflects any origin with credentials when given none, hence this plugin.)
 */
export function useCorsPolicy(allowedOrigins: readonly string[] | null): Plugin {
  const listed = allowedOrigins ? new Set(allowedOrigins) : null;
  const allowOrigin = (request: Request): string | null => {
    if (!listed) return '*';
    const origin = request.headers.get('origin');
    return origin !== null && listed.has(origin) ? origin : null;
  };
  const setHeaders = (request: Request, headers: Headers) => {
    const allowed = allowOrigin(request);
    if (listed) headers.append('vary', 'Origin');
    if (allowed) headers.set('access-control-allow-origin', allowed);
    headers.delete('access-control-allow-credentials');
  };
  return {
    onRequest({ request, endResponse }) {
      if (request.method !== 'OPTIONS') return;
      const headers = new Headers({ 'content-length': '0' });
      setHeaders(request, headers);
      if (allowOrigin(request)) {
        headers.set('access-control-allow-methods', ALLOWED_METHODS);
        // Whatever the page asks for: answers are the same for everyone, so no header is a risk.
        const asked = request.headers.get('access-control-request-headers');
        if (asked) headers.set('access-control-allow-headers', asked);
        headers.append('vary', 'Access-Control-Request-Headers');
        headers.set('access-control-max-age', PREFLIGHT_MAX_AGE_SECONDS);
      }
      endResponse(new Response(null, { status: 204, headers }));
    },
    onResponse({ request, response }) {
      if (request.method === 'OPTIONS') return;
      setHeaders(request, response.headers);
      // So a page can read the id to quote in a bug report, and the validators of its cache.
      if (response.headers.has('access-control-allow-origin'))
        response.headers.set('access-control-expose-headers', EXPOSED_HEADERS);
    },
  };
}

import type { Plugin } from 'graphql-yoga';

/**
 * A GET or form request whose `variables` or `extensions` is not JSON is unusable input, like
 * a POST body that is not JSON: Yoga's own parser would throw and answer 500. Refuse it as
 * Yoga refuses the POST: 400, BAD_REQUEST. A form body is read here only when its declared
 * length is within `maxBodyBytes`: this runs before Yoga's body limit and the CSRF check.
 */
export function useUnreadableParams(maxBodyBytes: number): Plugin {
  return {
    async onRequest({ request, url, endResponse }) {
      const length = Number(request.headers.get('content-length') ?? NaN);
      const params =
        request.method === 'GET'
          ? url.searchParams
          : request.headers.get('content-type')?.startsWith('application/x-www-form-urlencoded') &&
              length <= maxBodyBytes
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

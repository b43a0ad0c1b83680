import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Plugin } from 'graphql-yoga';
import { appendVary, copyHeaders } from './response-headers.js';

export type Encoding = 'br' | 'gzip';

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

/**
 * The encoding a client asked for most (RFC 9110 q-values; `*` stands for any not named),
 * brotli on a tie; null for identity.
 */
export function negotiateEncoding(acceptEncoding: string | null): Encoding | null {
  if (!acceptEncoding) return null;
  const weights = new Map<string, number>();
  for (const entry of acceptEncoding.split(',')) {
    const [name = '', ...params] = entry.split(';').map((part) => part.trim().toLowerCase());
    const q = params.find((param) => param.startsWith('q='));
    const weight = q === undefined ? 1 : Number(q.slice(2));
    if (name) weights.set(name, Number.isFinite(weight) ? weight : 0);
  }
  const weightOf = (encoding: Encoding) => weights.get(encoding) ?? weights.get('*') ?? 0;
  return (['br', 'gzip'] as const).reduce<Encoding | null>(
    (chosen, encoding) => (weightOf(encoding) > (chosen ? weightOf(chosen) : 0) ? encoding : chosen),
    null,
  );
}

/**
 * Brotli quality 5 costs about what gzip does for a better ratio; the static GraphiQL assets are
 * compressed once, so they can afford more (9; 11 takes seconds for little gain).
 */
export async function compress(body: Uint8Array, encoding: Encoding, effort: 'fast' | 'once' = 'fast') {
  if (encoding === 'gzip') return gzipped(body, { level: effort === 'fast' ? 6 : 9 });
  return brotli(body, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: effort === 'fast' ? 5 : 9,
      [constants.BROTLI_PARAM_SIZE_HINT]: body.byteLength,
    },
  });
}

/** Text worth compressing: GraphQL results, the GraphiQL page and its scripts and styles. */
export function isCompressible(contentType: string | null): boolean {
  const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  if (type === 'text/event-stream') return false;
  return (
    type.startsWith('text/') ||
    type === 'application/json' ||
    type === 'application/javascript' ||
    type.endsWith('+json')
  );
}

/**
 * gzip or brotli for whole text responses, as the client's Accept-Encoding asks. Streams
 * (multipart/mixed, text/event-stream: @defer, @stream, subscriptions) pass through untouched so
 * each part reaches the client when it is sent; so does anything below `minBytes`, where the
 * encoding costs more than it saves.
 */
export function useCompression({ minBytes = 1024 }: { minBytes?: number } = {}): Plugin {
  return {
    async onResponse({ request, response, setResponse, fetchAPI }) {
      if (!response.body || response.headers.has('content-encoding')) return;
      if (!isCompressible(response.headers.get('content-type'))) return;
      const headers = copyHeaders(response.headers, fetchAPI);
      // Whether or not this one is compressed, another client's may be.
      appendVary(headers, 'Accept-Encoding');
      const init = { status: response.status, statusText: response.statusText, headers };
      const encoding = negotiateEncoding(request.headers.get('accept-encoding'));
      if (!encoding) {
        setResponse(new fetchAPI.Response(response.body, init));
        return;
      }
      const body = new Uint8Array(await response.arrayBuffer());
      if (body.byteLength < minBytes) {
        setResponse(new fetchAPI.Response(body, init));
        return;
      }
      headers.set('content-encoding', encoding);
      headers.delete('content-length');
      setResponse(new fetchAPI.Response(await compress(body, encoding), init));
    },
  };
}

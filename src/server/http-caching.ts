import type { Plugin } from 'graphql-yoga';
import type { Context } from '../context.js';
import { withEntityTag } from './entity-tag.js';
import { appendVary, copyHeaders } from './response-headers.js';

/** Answers sent in several payloads (@defer/@stream, subscriptions' transport). */
const STREAMED = ['multipart/mixed', 'text/event-stream'];

/** What one request's answer allows a cache to do with it, decided once its result is known. */
type Policy = { kind: 'fresh-for'; seconds: number } | { kind: 'no-store' } | { kind: 'page' };

export interface HttpCachingOptions {
  /** CATALOG_TTL_SECONDS in ms: how long a listing counts as fresh; 0 when the catalog cache is off. */
  catalogTtlMs: number;
  /**
   * DISCOVERY_TTL_SECONDS in ms: the region and project lists an answer also rests on are
   * refreshed this often, and their age is not tracked per request, so no answer is kept longer.
   */
  discoveryTtlMs: number;
  /** Yoga's endpoint: its GET answers are the GraphiQL page or query results. */
  graphqlEndpoint: string;
}

/**
 * Cache-Control and ETag for GET queries. An answer may be kept until the first listing it was
 * built from goes stale (min of ttl − age, floored at 0); a partial answer (errors, or a stale
 * partition) is never stored, nor is any POST. A matching If-None-Match gets 304 with no body.
 * Runs after compression, so the ETag names the exact bytes sent; leaves alone a response that
 * already says how to cache it (GraphiQL's assets).
 */
export function useHttpCaching({ catalogTtlMs, discoveryTtlMs, graphqlEndpoint }: HttpCachingOptions): Plugin<Context> {
  const contexts = new WeakMap<Request, Context>();
  const policies = new WeakMap<Request, Policy>();
  return {
    onExecute({ args }) {
      const context = args.contextValue as Context & { request?: Request };
      if (context.request) contexts.set(context.request, context);
    },
    onExecutionResult({ request, result }) {
      const context = contexts.get(request);
      const complete =
        result !== undefined &&
        !(Symbol.asyncIterator in result) &&
        !result.errors?.length &&
        context !== undefined &&
        context.partialFailures.length === 0;
      policies.set(
        request,
        complete ? freshFor(context, catalogTtlMs, discoveryTtlMs, Date.now()) : { kind: 'no-store' },
      );
    },
    async onResponse({ request, response, setResponse, fetchAPI }) {
      const onEndpoint = new URL(request.url).pathname === graphqlEndpoint;
      // Only the endpoint's own answers are decided here; the assets say how to keep them.
      if (!onEndpoint && response.headers.has('cache-control')) return;
      const headers = copyHeaders(response.headers, fetchAPI);
      const rebuilt = () =>
        new fetchAPI.Response(response.body, { status: response.status, statusText: response.statusText, headers });
      const contentType = headers.get('content-type') ?? '';
      if (STREAMED.some((type) => contentType.startsWith(type))) {
        // An incremental answer (@defer/@stream) may carry its errors in a later payload: never kept.
        headers.set('cache-control', 'no-store');
        appendVary(headers, 'Accept');
        // Yoga marks event streams `content-encoding: none`, which names no coding.
        if (headers.get('content-encoding') === 'none') headers.delete('content-encoding');
        setResponse(rebuilt());
        return;
      }
      if (request.method !== 'GET' || !onEndpoint || response.status !== 200) {
        headers.set('cache-control', 'no-store');
        setResponse(rebuilt());
        return;
      }
      const isPage = contentType.startsWith('text/html');
      const policy: Policy = isPage ? { kind: 'page' } : (policies.get(request) ?? { kind: 'no-store' });
      // The content type follows Accept (application/json or application/graphql-response+json).
      appendVary(headers, 'Accept');
      if (policy.kind === 'no-store') {
        headers.set('cache-control', 'no-store');
        setResponse(rebuilt());
        return;
      }
      headers.set(
        'cache-control',
        // The page names its assets by content hash: a reload costs the page (under 1 kB) or its 304.
        policy.kind === 'page' ? 'no-cache' : `public, max-age=${policy.seconds}, must-revalidate`,
      );
      setResponse(await withEntityTag(request, response, headers, fetchAPI));
    },
  };
}

/**
 * Seconds until the first listing this answer used goes stale. An answer that read no listing
 * (introspection, `__typename`, an id looked up in detail) is revalidated on each use: only a
 * 304 is saved.
 */
function freshFor(context: Context, catalogTtlMs: number, discoveryTtlMs: number, at: number): Policy {
  const listings = [...context.freshness.values()];
  if (listings.some((listing) => listing.stale)) return { kind: 'no-store' };
  if (listings.length === 0 || catalogTtlMs === 0) return { kind: 'fresh-for', seconds: 0 };
  const remainingMs = Math.min(discoveryTtlMs, ...listings.map((listing) => listing.asOf + catalogTtlMs - at));
  return { kind: 'fresh-for', seconds: Math.max(0, Math.floor(remainingMs / 1000)) };
}

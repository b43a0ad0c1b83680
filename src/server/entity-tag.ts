import { createHash } from 'node:crypto';
import type { FetchAPI } from 'graphql-yoga';
import { copyHeaders } from './response-headers.js';

/** A strong ETag for exact bytes: a client holding them can ask "changed?" and get a 304. */
export function entityTag(body: Uint8Array | string): string {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
}

/** If-None-Match names this tag (or `*`): the client already has these bytes. */
export function clientHas(request: Request, tag: string): boolean {
  const header = request.headers.get('if-none-match');
  if (!header) return false;
  // Weak comparison, as RFC 9110 asks for If-None-Match: W/"x" matches "x".
  return header
    .split(',')
    .map((candidate) => candidate.trim().replace(/^W\//, ''))
    .some((candidate) => candidate === tag || candidate === '*');
}

/** The response with its ETag, or a bodiless 304 with the same validators when the client has it. */
export async function withEntityTag(
  request: Request,
  response: Response,
  headers: Headers,
  fetchAPI: FetchAPI,
): Promise<Response> {
  const body = new Uint8Array(await response.arrayBuffer());
  const tag = entityTag(body);
  headers.set('etag', tag);
  if (clientHas(request, tag)) return notModified(headers, fetchAPI);
  return new fetchAPI.Response(body, { status: response.status, statusText: response.statusText, headers });
}

export function notModified(headers: Headers, fetchAPI: FetchAPI): Response {
  const kept = copyHeaders(headers, fetchAPI);
  for (const name of ['content-length', 'content-type', 'content-encoding']) kept.delete(name);
  return new fetchAPI.Response(null, { status: 304, headers: kept });
}

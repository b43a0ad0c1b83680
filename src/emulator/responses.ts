import type { ApiResponse } from './types.js';

/** Builders for the three body kinds the upstreams send: JSON, plain text and HTML. */

export function jsonResponse(status: number, body: unknown, headers: Record<string, string> = {}): ApiResponse {
  return { status, headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) };
}

export function textResponse(status: number, body: string, headers: Record<string, string> = {}): ApiResponse {
  return { status, headers: { 'content-type': 'text/plain; charset=utf-8', ...headers }, body };
}

export function htmlResponse(status: number, body: string, headers: Record<string, string> = {}): ApiResponse {
  return { status, headers: { 'content-type': 'text/html', ...headers }, body };
}

/**
 * The `malformed` fault: a 200 that claims JSON but stops mid-document. A strict prefix of a
 * JSON object or array never parses, so cutting the real answer in half is enough, and the
 * fragment still looks like what the route would have sent.
 */
export function truncatedResponse(complete: ApiResponse): ApiResponse {
  const cut = Math.max(1, Math.floor(complete.body.length / 2));
  const body = complete.body.length > 1 ? complete.body.slice(0, cut) : '[{"id": "';
  return { status: 200, headers: { 'content-type': 'application/json' }, body };
}

/**
 * The `wrongShape` fault: a 200 with valid JSON in the route's own wrapper (a bare array, a
 * `{count, results}` page, or one object) whose objects break the contract: they carry only an
 * `id`, as if the API had changed or a different server answered.
 */
export function wrongShapeResponse(complete: ApiResponse): ApiResponse {
  const item = { id: 'wrong-shape-1' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(complete.body);
  } catch {
    parsed = {};
  }
  const body = Array.isArray(parsed)
    ? [item]
    : typeof parsed === 'object' && parsed !== null && 'results' in parsed
      ? { count: 1, results: [item] }
      : item;
  return jsonResponse(200, body);
}

/**
 * The `drift` fault: the route's own 200, its parsed body reworked by the provider's drift
 * (same status and headers). An error, or a body that is not JSON, has nothing to drift.
 */
export function driftedResponse(complete: ApiResponse, drift: (body: unknown) => unknown): ApiResponse {
  if (complete.status !== 200) return complete;
  let parsed: unknown;
  try {
    parsed = JSON.parse(complete.body);
  } catch {
    return complete;
  }
  return { ...complete, body: JSON.stringify(drift(parsed)) };
}

/** Standard reason phrases for the statuses faults produce, for HTML titles and messages. */
const REASONS: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  408: 'Request Timeout',
  409: 'Conflict',
  410: 'Gone',
  413: 'Request Entity Too Large',
  422: 'Unprocessable Entity',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  501: 'Not Implemented',
  502: 'Bad Gateway',
  503: 'Service Temporarily Unavailable',
  504: 'Gateway Time-out',
};

export function reasonPhrase(status: number): string {
  return REASONS[status] ?? (status >= 500 ? 'Server Error' : 'Client Error');
}

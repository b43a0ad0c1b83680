import type { IncomingMessage } from 'node:http';
import { faultRuleProblem, type FaultBook } from './faults.js';
import { BodyTooLargeError, readBody } from './http-io.js';
import type { RequestLog } from './request-log.js';
import { jsonResponse } from './responses.js';
import type { ApiResponse, FaultRule, RecordedRequest } from './types.js';

/** What the admin routes may look at and change. */
export interface AdminControls {
  log: RequestLog;
  faults: FaultBook;
  latency(): number;
  setLatency(ms: number): void;
}

export const ADMIN_PREFIX = '/_emulator';

const ROUTES = [
  'GET /_emulator/requests',
  'DELETE /_emulator/requests',
  'GET /_emulator/faults',
  'POST /_emulator/faults',
  'DELETE /_emulator/faults',
  'GET /_emulator/latency',
  'PUT /_emulator/latency',
];

/**
 * The emulator's own HTTP controls, so a person exploring in GraphiQL can break a partition
 * with curl. No key, no latency, not recorded: they are not part of either API.
 */
export async function handleAdmin(req: IncomingMessage, path: string, controls: AdminControls): Promise<ApiResponse> {
  const method = req.method ?? 'GET';
  const route = `${method} ${path.replace(/\/+$/, '')}`;
  try {
    switch (route) {
      case 'GET /_emulator/requests':
        return jsonResponse(200, {
          count: controls.log.count(),
          inFlight: controls.log.inFlight(),
          maxInFlight: controls.log.maxInFlight(),
          requests: controls.log.requests.map(serialise),
        });
      case 'DELETE /_emulator/requests': {
        const cleared = controls.log.count();
        controls.log.reset();
        return jsonResponse(200, { cleared });
      }
      case 'GET /_emulator/faults':
        return jsonResponse(200, { faults: controls.faults.list() });
      case 'POST /_emulator/faults': {
        const body = await jsonBody(req);
        const problem = faultRuleProblem(body);
        if (problem) return jsonResponse(400, { error: `Invalid fault rule: ${problem}` });
        controls.faults.add(body as FaultRule);
        return jsonResponse(201, { faults: controls.faults.list() });
      }
      case 'DELETE /_emulator/faults': {
        const cleared = controls.faults.list().length;
        controls.faults.clear();
        return jsonResponse(200, { cleared });
      }
      case 'GET /_emulator/latency':
        return jsonResponse(200, { ms: controls.latency() });
      case 'PUT /_emulator/latency': {
        const body = await jsonBody(req);
        const ms = typeof body === 'object' && body !== null ? (body as { ms?: unknown }).ms : undefined;
        if (typeof ms !== 'number' || !Number.isFinite(ms) || ms < 0)
          return jsonResponse(400, { error: 'Body must be {"ms": <non-negative number>}' });
        controls.setLatency(ms);
        return jsonResponse(200, { ms });
      }
      default:
        return jsonResponse(ROUTES.some((known) => known.endsWith(` ${route.split(' ')[1]}`)) ? 405 : 404, {
          error: `No admin route ${route}`,
          routes: ROUTES,
        });
    }
  } catch (error) {
    if (error instanceof SyntaxError) return jsonResponse(400, { error: `Body is not JSON: ${error.message}` });
    if (error instanceof BodyTooLargeError) return jsonResponse(413, { error: error.message });
    throw error;
  }
}

async function jsonBody(req: IncomingMessage): Promise<unknown> {
  return JSON.parse(await readBody(req)) as unknown;
}

/** URLSearchParams does not survive JSON: send the raw query string and its pairs. */
function serialise(request: RecordedRequest): Record<string, unknown> {
  return { ...request, query: request.query.toString(), queryParams: [...request.query.entries()] };
}

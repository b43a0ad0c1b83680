import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createCivoApi } from '../providers/civo/emulator/routes.js';
import { createGcoreApi } from '../providers/gcore/emulator/routes.js';
import { ADMIN_PREFIX, handleAdmin } from './admin.js';
import { FaultBook } from './faults.js';
import { send } from './http-io.js';
import { RequestLog, type RequestFilter } from './request-log.js';
import { driftedResponse, jsonResponse, textResponse, truncatedResponse, wrongShapeResponse } from './responses.js';
import type { ApiResponse, FaultRule, Partition, ProviderApi, RecordedRequest } from './types.js';

export type { Fault, FaultRule, FaultTarget, Partition, Provider, RecordedRequest } from './types.js';
export type { RequestFilter } from './request-log.js';

/** The keys the emulator accepts unless told otherwise; demo mode uses them. Not secrets. */
export const DEMO_CIVO_API_KEY = 'civo-demo-key-7f3a9c1e5b2d4086a1f0c3e8b6d9a2f4';
/** Shaped like a Gcore permanent token: client id, underscore, hex. */
export const DEMO_GCORE_API_KEY = '29841_c767e4f1a2b34c5d9e8f0a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d';

/** Each emulated provider's demo key, by CloudProvider name (demo mode points each at the emulator with it). */
export const DEMO_API_KEYS: Readonly<Record<string, string>> = { CIVO: DEMO_CIVO_API_KEY, GCORE: DEMO_GCORE_API_KEY };

/** Gcore's own maximum page size. */
const GCORE_MAX_LIMIT = 1000;

export interface EmulatorOptions {
  /** Default 0: a free port. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** Delay added before every API answer (not admin routes). Default 0. */
  latencyMs?: number;
  /** The one key Civo accepts. Default DEMO_CIVO_API_KEY. */
  civoApiKey?: string;
  /** The one token Gcore accepts. Default DEMO_GCORE_API_KEY. */
  gcoreApiKey?: string;
  /** Server-side cap on Gcore results per page (default 1000, the API's maximum). */
  gcoreMaxPageSize?: number;
}

export interface Emulator {
  /** Base URL of both APIs, e.g. `http://127.0.0.1:43123`. */
  url: string;
  /** Every API request since start or the last resetRequests(), in arrival order (live). */
  readonly requests: readonly RecordedRequest[];
  count(filter?: RequestFilter): number;
  /** Most API requests open at once since start or the last resetRequests(). */
  maxInFlight(): number;
  /** API requests open right now (a hung request stays open until its client gives up). */
  inFlight(): number;
  resetRequests(): void;
  addFault(rule: FaultRule): void;
  /** Active fault rules, `times` showing the uses left. */
  activeFaults(): FaultRule[];
  clearFaults(): void;
  setLatency(ms: number): void;
  /** Stops the server; cuts hung requests and open connections, so it resolves promptly. */
  close(): Promise<void>;
}

/**
 * Starts one HTTP server that speaks both upstream APIs (Civo under `/v2`, Gcore under
 * `/cloud`) per shared/upstream-apis.md, with added latency, fault injection and a request
 * log, so tests and demo mode exercise the real clients over real HTTP.
 */
export async function startEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  const maxPageSize = options.gcoreMaxPageSize ?? GCORE_MAX_LIMIT;
  if (!Number.isInteger(maxPageSize) || maxPageSize < 1)
    throw new RangeError(`gcoreMaxPageSize must be a positive integer, got ${maxPageSize}`);
  let latencyMs = checkedLatency(options.latencyMs ?? 0);

  const providers: ProviderApi[] = [
    createCivoApi({ apiKey: options.civoApiKey ?? DEMO_CIVO_API_KEY }),
    createGcoreApi({
      apiKey: options.gcoreApiKey ?? DEMO_GCORE_API_KEY,
      maxPageSize: Math.min(maxPageSize, GCORE_MAX_LIMIT),
    }),
  ];
  const log = new RequestLog();
  const faults = new FaultBook();
  // Pending latency timers, cleared on close so a closed emulator leaves nothing scheduled.
  const timers = new Set<NodeJS.Timeout>();
  const controls = {
    log,
    faults,
    latency: () => latencyMs,
    setLatency: (ms: number) => (latencyMs = checkedLatency(ms)),
  };

  /** Waits out the added latency; false when the client went away meanwhile. */
  function waitLatency(res: ServerResponse): Promise<boolean> {
    if (latencyMs <= 0) return Promise.resolve(true);
    return new Promise((resolve) => {
      const onClose = () => {
        clearTimeout(timer);
        timers.delete(timer);
        resolve(false);
      };
      // A timer, not a busy wait: concurrent requests overlap, as against a real server.
      const timer = setTimeout(() => {
        timers.delete(timer);
        res.off('close', onClose);
        resolve(!res.destroyed);
      }, latencyMs);
      timers.add(timer);
      res.once('close', onClose);
    });
  }

  async function handleApi(api: ProviderApi, req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const method = req.method ?? 'GET';
    const routed = api.route({ method, path: url.pathname, query: url.searchParams, headers: req.headers });
    const where: { partition?: Partition } = routed.partition ? { partition: routed.partition } : {};
    const record = log.record({
      provider: api.provider,
      method,
      route: routed.route,
      path: url.pathname,
      query: new URLSearchParams(url.searchParams),
      ...where,
    });
    res.once('close', log.begin());
    // Taken on arrival, so `times` counts requests in the order they came.
    const fault = faults.take({ provider: api.provider, route: routed.route, ...where });
    if (!(await waitLatency(res))) return;
    // Hang: accept and never answer; the client's abort or close() ends it. Status stays 0.
    if (fault?.kind === 'hang') return;
    let response: ApiResponse = fault?.kind === 'status' ? api.faultResponse(fault) : routed.respond();
    if (fault?.kind === 'malformed') response = truncatedResponse(response);
    if (fault?.kind === 'wrongShape') response = wrongShapeResponse(response);
    if (fault?.kind === 'drift')
      response = driftedResponse(response, (body) => api.drift(routed.route, body, url.searchParams));
    record.status = response.status;
    send(res, response);
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://emulator.invalid');
    const path = url.pathname;
    if (path === ADMIN_PREFIX || path.startsWith(`${ADMIN_PREFIX}/`))
      return send(res, await handleAdmin(req, path, controls));
    const api = providers.find((candidate) => candidate.owns(path));
    if (api) return handleApi(api, req, res, url);
    if (path === '/' && req.method === 'GET') return send(res, jsonResponse(200, index()));
    send(
      res,
      textResponse(
        404,
        'Not found: Civo lives under /v2, Gcore under /cloud/v1, the emulator controls under /_emulator\n',
      ),
    );
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      // A bug here must not take the test process down; say what went wrong instead.
      send(res, textResponse(500, `emulator error: ${error instanceof Error ? error.message : String(error)}\n`));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;

  let closing: Promise<void> | undefined;
  return {
    url: `http://${host}:${address.port}`,
    requests: log.requests,
    count: (filter) => log.count(filter),
    maxInFlight: () => log.maxInFlight(),
    inFlight: () => log.inFlight(),
    resetRequests: () => log.reset(),
    addFault: (rule) => faults.add(rule),
    activeFaults: () => faults.list(),
    clearFaults: () => faults.clear(),
    setLatency: (ms) => controls.setLatency(ms),
    close() {
      closing ??= new Promise<void>((resolve) => {
        for (const timer of timers) clearTimeout(timer);
        timers.clear();
        server.close(() => resolve());
        // Hung requests and idle keep-alive connections would hold close() open: cut them.
        server.closeAllConnections();
      });
      return closing;
    },
  };
}

function checkedLatency(ms: number): number {
  if (!Number.isFinite(ms) || ms < 0)
    throw new RangeError(`latency must be a non-negative number of milliseconds, got ${ms}`);
  return ms;
}

/** `GET /`: what this server is, for a person who opens its URL. */
function index(): Record<string, unknown> {
  return {
    emulator: 'Civo API v2 and Gcore Cloud API v1',
    civo: ['GET /v2/regions', 'GET /v2/disk_images?region=LON1[&type=custom]', 'GET /v2/disk_images/:id?region=LON1'],
    gcore: [
      'GET /cloud/v1/regions',
      'GET /cloud/v1/projects',
      'GET /cloud/v1/images/:project/:region',
      'GET /cloud/v1/bmimages/:project/:region',
      'GET /cloud/v1/images/:project/:region/:id',
    ],
    admin: ['GET|DELETE /_emulator/requests', 'GET|POST|DELETE /_emulator/faults', 'GET|PUT /_emulator/latency'],
  };
}

import { createServer as createHttpServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print, type ExecutionResult } from 'graphql';
import { loadConfig } from '../../src/config.js';
import {
  DEMO_CIVO_API_KEY,
  DEMO_GCORE_API_KEY,
  startEmulator,
  type Emulator,
  type EmulatorOptions,
} from '../../src/emulator/server.js';
import { createServer, type Server } from '../../src/server/create-server.js';

/**
 * The whole service as a user meets it: the emulator behind the real ky clients, and our
 * server on a loopback port, queried with fetch. Nothing is stubbed.
 */
export interface Stack {
  emulator: Emulator;
  /** The service itself, for its stats (`services.cache.stats()`) and warm-up. */
  server: Server;
  url: string;
  /** What the server logged (JSON lines, after key redaction), oldest first. */
  logs: string[];
  /** The same lines, parsed. */
  logRecords(): LogRecord[];
  query<TResult, TVariables>(
    document: TypedDocumentNode<TResult, TVariables>,
    variables?: TVariables,
    init?: RequestInit,
  ): Promise<ExecutionResult<TResult>>;
  post(body: unknown, init?: RequestInit): Promise<Response>;
  close(): Promise<void>;
}

/** One log line as the service writes it (see README, "Logs"). */
export interface LogRecord {
  time: string;
  level: string;
  msg: string;
  requestId?: string;
  [field: string]: unknown;
}

export interface StackOptions {
  emulator?: EmulatorOptions;
  /** An emulator to share (several instances behind one upstream); it outlives this stack. */
  sharedEmulator?: Emulator;
  /** Settings on top of "both providers pointed at the emulator"; `undefined` removes one. */
  env?: Record<string, string | undefined>;
  /** Rewrites upstream answers on their way back (a proxy in front of the emulator). */
  rewrite?: (url: URL, response: Response) => Promise<Response>;
}

/**
 * Fast retries and a short budget keep fault tests quick; the values are still exercised. No
 * catalog cache and no circuit breaker unless a test asks: every query then calls upstream,
 * so call counts keep their meaning (test/integration/catalog-cache*.test.ts turn them on).
 */
const TEST_ENV = {
  UPSTREAM_RETRY_DELAY_MS: '20',
  UPSTREAM_TIMEOUT_MS: '1500',
  UPSTREAM_MAX_RETRY_AFTER_MS: '1000',
  CATALOG_TTL_SECONDS: '0',
  CIRCUIT_BREAKER_FAILURES: '0',
};

export async function startStack(options: StackOptions = {}): Promise<Stack> {
  const emulator = options.sharedEmulator ?? (await startEmulator(options.emulator));
  const env: Record<string, string | undefined> = {
    CIVO_API_KEY: DEMO_CIVO_API_KEY,
    CIVO_API_URL: emulator.url,
    GCORE_API_KEY: DEMO_GCORE_API_KEY,
    GCORE_API_URL: emulator.url,
    ...TEST_ENV,
    ...options.env,
  };
  const logs: string[] = [];
  const { rewrite } = options;
  const server = createServer({
    config: loadConfig(env),
    ...(rewrite
      ? {
          fetch: async (input: RequestInfo | URL, init?: RequestInit) => {
            const request = new Request(input, init);
            return rewrite(new URL(request.url), await fetch(request));
          },
        }
      : {}),
    logSink: (line) => logs.push(line),
  });
  const http: HttpServer = createHttpServer(server);
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(http.address() as AddressInfo).port}/graphql`;

  const post = (body: unknown, init: RequestInit = {}) =>
    fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(body),
      ...init,
    });

  return {
    emulator,
    server,
    url,
    logs,
    logRecords: () => logs.map((line) => JSON.parse(line) as LogRecord),
    post,
    async query(document, variables, init) {
      const response = await post({ query: print(document), variables }, init);
      return (await response.json()) as ExecutionResult<never>;
    },
    async close() {
      http.closeAllConnections();
      await new Promise<void>((resolve) => http.close(() => resolve()));
      await server.close();
      if (!options.sharedEmulator) await emulator.close();
    },
  };
}

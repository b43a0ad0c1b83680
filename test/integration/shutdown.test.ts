import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_CIVO_API_KEY, startEmulator, type Emulator } from '../../src/emulator/server.js';
import {
  startMain,
  startWithNpm,
  startWithNpmInGroup,
  stopChildren,
  URL_LINE,
  type Started,
} from '../support/service-process.js';

/**
 * SIGTERM as a deploy sends it: the service stops taking connections, answers what it had
 * started (within SHUTDOWN_GRACE_MS) and exits 0, whether it runs as `node dist/main.js` or
 * under `npm start`.
 */

/**
 * An upstream that holds every image listing until the test lets it through, then forwards it
 * to the emulator: "a request is in flight" becomes an event the test can wait for. Other calls
 * (the region discovery the service runs at start) pass at once.
 */
interface GatedUpstream {
  url: string;
  /** Resolves when a request has reached the upstream and is being held. */
  arrived(): Promise<void>;
  release(): void;
  close(): Promise<void>;
}

async function gatedUpstream(emulator: Emulator): Promise<GatedUpstream> {
  let open!: () => void;
  const gate = new Promise<void>((resolve) => (open = resolve));
  let signalArrival!: () => void;
  const arrival = new Promise<void>((resolve) => (signalArrival = resolve));
  const server: Server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const held = request.url!.startsWith('/v2/disk_images');
    if (held) signalArrival();
    void (held ? gate : Promise.resolve()).then(async () => {
      try {
        const upstream = await fetch(new URL(request.url!, emulator.url), {
          headers: { authorization: request.headers.authorization ?? '' },
        });
        response.writeHead(upstream.status, { 'content-type': upstream.headers.get('content-type') ?? 'text/plain' });
        response.end(Buffer.from(await upstream.arrayBuffer()));
      } catch {
        // Released while the test tears down: nobody is waiting for this answer.
        response.destroy();
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    arrived: () => arrival,
    release: open,
    close: () => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

let emulator: Emulator;
let upstream: GatedUpstream;

beforeEach(async () => {
  emulator = await startEmulator();
  upstream = await gatedUpstream(emulator);
});

afterEach(async () => {
  await stopChildren();
  upstream.release();
  await upstream.close();
  await emulator.close();
});

/** Civo only, through the gate; Gcore is left unconfigured. */
const civoThroughGate = (extra: Record<string, string> = {}) => ({
  CIVO_API_KEY: DEMO_CIVO_API_KEY,
  CIVO_API_URL: upstream.url,
  ...extra,
});

function askImages(url: string): Promise<Response> {
  return fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ civoDiskImages(region: "LON1") { id name } }' }),
  });
}

async function refusesConnections(url: string): Promise<boolean> {
  try {
    await fetch(url, { method: 'POST', signal: AbortSignal.timeout(2_000) });
    return false;
  } catch (error) {
    return ((error as Error).cause as NodeJS.ErrnoException | undefined)?.code === 'ECONNREFUSED';
  }
}

async function signalWhileInFlight(started: Started): Promise<{ url: string; answer: Promise<Response> }> {
  const [, url] = await started.waitForLog(URL_LINE);
  const answer = askImages(url!);
  await upstream.arrived();
  return { url: url!, answer };
}

describe('stopping on SIGTERM', () => {
  it('answers the requests in flight, refuses new connections meanwhile, and exits 0', async () => {
    const started = startMain(civoThroughGate());
    const { url, answer } = await signalWhileInFlight(started);
    started.child.kill('SIGTERM');
    await started.waitForLog(/SIGTERM: stopping; 1 request in flight gets up to/);
    expect(await refusesConnections(url)).toBe(true);

    upstream.release();
    const response = await answer;
    expect(response.status).toBe(200);
    const body = (await response.json()) as { data: { civoDiskImages: { id: string }[] } };
    expect(body.data.civoDiskImages.length).toBeGreaterThan(0);

    expect(await started.exited()).toBe(0);
    expect(started.messages()).toMatch(/Stopped: 1 of 1 in-flight requests answered\.\n/);
    expect(started.stderr()).toBe('');
  });

  it('cuts what is still running when SHUTDOWN_GRACE_MS is over, and still exits 0', async () => {
    const started = startMain(civoThroughGate({ SHUTDOWN_GRACE_MS: '100' }));
    const { answer } = await signalWhileInFlight(started);
    started.child.kill('SIGTERM');
    await expect(answer).rejects.toThrow();
    expect(await started.exited()).toBe(0);
    expect(started.messages()).toMatch(/Stopped: 0 of 1 in-flight requests answered, 1 cut off\.\n/);
  });

  it('reaches the server under `npm start`: no process is left serving the port', async () => {
    const started = startWithNpm(civoThroughGate());
    const { url, answer } = await signalWhileInFlight(started);
    // What a process manager that knows only npm's pid sends: npm relays it to node.
    started.child.kill('SIGTERM');
    await started.waitForLog(/SIGTERM: stopping/);
    upstream.release();
    expect((await answer).status).toBe(200);
    expect(await started.exited()).toBe(0);
    expect(await refusesConnections(url)).toBe(true);
  });

  it.each(['SIGINT', 'SIGTERM'] as const)(
    'drains under `npm start` when %s reaches npm and node at once (Ctrl-C, a process-group kill)',
    async (signal) => {
      const started = startWithNpmInGroup(civoThroughGate());
      const { url, answer } = await signalWhileInFlight(started);
      started.signalGroup(signal);
      await started.waitForLog(new RegExp(`${signal}: stopping; 1 request in flight`));
      upstream.release();
      expect((await answer).status).toBe(200);
      await started.exited();
      expect(started.messages()).toMatch(/Stopped: 1 of 1 in-flight requests answered\.\n/);
      expect(await refusesConnections(url)).toBe(true);
    },
  );
});

describe('HOST', () => {
  it('binds only the address it names', async () => {
    // Linux routes all of 127.0.0.0/8 to loopback, so a second address needs no set-up.
    const started = startMain(civoThroughGate({ HOST: '127.0.0.2' }));
    const [, url] = await started.waitForLog(URL_LINE);
    expect(new URL(url!).hostname).toBe('127.0.0.2');
    const other = new URL(url!);
    other.hostname = '127.0.0.1';
    expect(await refusesConnections(other.href)).toBe(true);
  });

  it('stops start-up with one line when HOST is not an address of this machine', async () => {
    // TEST-NET-1 (RFC 5737): never assigned to a machine.
    const started = startMain(civoThroughGate({ HOST: '192.0.2.1' }));
    expect(await started.exited()).toBe(1);
    expect(started.logLines()).toContainEqual(
      expect.objectContaining({
        level: 'error',
        msg: 'Cannot listen on HOST 192.0.2.1: it is not an address of this machine.',
      }),
    );
  });

  it('refuses a malformed HOST with one configuration line', async () => {
    const started = startMain(civoThroughGate({ HOST: 'http://example' }));
    expect(await started.exited()).toBe(1);
    expect(started.stderr()).toMatch(/^Configuration error: HOST: "http:\/\/example" is not a host name or IP address/);
  });
});

/**
 * Soak: the compiled service (`node dist/main.js`, its own process so its RSS is its own) against
 * the emulator with latency, 40 clients querying without pause for SOAK_MINUTES, while a fifth
 * of the partitions fail at random (503s, hangs, 429s, malformed and wrong-shaped bodies), the
 * broken fifth changing every SOAK_ROTATE_SECONDS. Prints requests, 5xx, answers past the
 * deadline, healthy partitions lost (a partition that was not broken yet failed in an answer)
 * and the service's RSS over time. Bounded: at most 30 minutes, loopback only.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer as createNetServer, type AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  DEMO_CIVO_API_KEY,
  DEMO_GCORE_API_KEY,
  startEmulator,
  type Fault,
  type Partition,
} from '../src/emulator/server.js';
import { CIVO_REGION_DATA } from '../src/providers/civo/emulator/regions.js';
import { gcoreProjects, gcoreRegions } from '../src/providers/gcore/emulator/catalog.js';

const MINUTES = bounded('SOAK_MINUTES', 2, 1, 30);
const CLIENTS = bounded('SOAK_CLIENTS', 40, 1, 200);
const ROTATE_SECONDS = bounded('SOAK_ROTATE_SECONDS', 20, 1, 600);
/** A client gives up on an answer after this; the service's own upstream budget is well inside it. */
const DEADLINE_MS = 5_000;
const LATENCY_MS = 20;

function bounded(name: string, fallback: number, min: number, max: number): number {
  const raw = process.env[name];
  const value = raw === undefined || raw === '' ? fallback : Number(raw);
  if (!Number.isFinite(value) || value < min || value > max) throw new Error(`${name} must be ${min}..${max}`);
  return value;
}

const QUERIES = [
  `{ images(first: 20, filter: { distributions: ["ubuntu"] }) {
      totalCount edges { node { id name version region { code } } }
      coverage { failed { provider region projectId code } } } }`,
  `{ latestImage(filter: { distributions: ["ubuntu"], versions: ["22.04"], architectures: [X86_64] }) {
      image { id name region { code } } } }`,
  `{ imageFamilies(filter: { distributions: ["debian"] }) {
      families { key locationCount locations { provider region { code } image { imageId } } } } }`,
  `{ images(first: 5, filter: { providers: [CIVO] }) { edges { node { id name } }
      coverage { failed { provider region projectId code } } } }`,
];

const partitions: Partition[] = [
  ...CIVO_REGION_DATA.map((region) => ({ provider: 'civo' as const, region: region.code })),
  ...gcoreProjects.flatMap((project) =>
    gcoreRegions
      .filter((region) => region.state === 'ACTIVE')
      .map((region) => ({ provider: 'gcore' as const, projectId: project.id, regionId: region.id })),
  ),
];
const FAULTS: Fault[] = [
  { kind: 'status', status: 503 },
  { kind: 'hang' },
  { kind: 'status', status: 429, retryAfter: '30' },
  { kind: 'malformed' },
  { kind: 'wrongShape' },
];

/** How answers name a partition in an error's extensions: Civo by region code, Gcore by project and region id. */
function partitionKey(provider: unknown, region: unknown, projectId: unknown): string {
  return provider === 'CIVO' ? `CIVO:${String(region).toUpperCase()}` : `GCORE:${String(projectId)}:${String(region)}`;
}
function keyOf(partition: Partition): string {
  return partition.provider === 'civo'
    ? partitionKey('CIVO', partition.region, undefined)
    : partitionKey('GCORE', partition.regionId, partition.projectId);
}

/** A port nothing listens on right now (the service is then told to use it). */
async function freePort(): Promise<number> {
  const server = createNetServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Polls /ready (discovery done) for up to 30 s; the service logs nothing at warn level on start. */
async function untilReady(readyUrl: string, child: ChildProcess): Promise<void> {
  for (let attempt = 0; attempt < 300; attempt++) {
    if (child.exitCode !== null) throw new Error(`the service exited with ${child.exitCode} before it was ready`);
    const ready = await fetch(readyUrl).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('the service was not ready within 30 s');
}

function rssMiB(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)![1]) / 1024;
}

async function main(): Promise<void> {
  const emulator = await startEmulator({ latencyMs: LATENCY_MS });
  const root = fileURLToPath(new URL('..', import.meta.url));
  const port = await freePort();
  const child = spawn(process.execPath, ['dist/main.js'], {
    cwd: root,
    env: {
      PATH: process.env.PATH,
      NODE_ENV: 'production',
      PORT: String(port),
      CIVO_API_KEY: DEMO_CIVO_API_KEY,
      CIVO_API_URL: emulator.url,
      GCORE_API_KEY: DEMO_GCORE_API_KEY,
      GCORE_API_URL: emulator.url,
      // Listings expire every few seconds, so broken partitions are refreshed (and fail) all along.
      CATALOG_TTL_SECONDS: '3',
      UPSTREAM_TIMEOUT_MS: '2000',
      UPSTREAM_RETRY_DELAY_MS: '50',
      UPSTREAM_MAX_RETRY_AFTER_MS: '500',
      // No access line per request (thousands a second): warnings and errors only.
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}/graphql`;
  await untilReady(`http://127.0.0.1:${port}/ready`, child);
  let broken = new Set<string>();
  const rotate = () => {
    emulator.clearFaults();
    const chosen = [...partitions].sort(() => Math.random() - 0.5).slice(0, Math.ceil(partitions.length / 5));
    broken = new Set(chosen.map(keyOf));
    for (const partition of chosen)
      emulator.addFault({ target: partition, fault: FAULTS[Math.floor(Math.random() * FAULTS.length)]! });
  };

  const totals = { requests: 0, http5xx: 0, pastDeadline: 0, failedRequests: 0, healthyLost: 0, partial: 0 };
  const durations: number[] = [];
  const rss: { minute: number; mib: number }[] = [];
  const started = Date.now();
  const endsAt = started + MINUTES * 60_000;
  let died: string | undefined;
  child.once('exit', (code, signal) => (died = signal ?? `exit code ${code}`));
  const sample = () => {
    if (died === undefined) rss.push({ minute: (Date.now() - started) / 60_000, mib: rssMiB(child.pid!) });
  };

  // One healthy pass first, so every partition has a listing to serve stale.
  await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: QUERIES[0] }),
  });
  sample();
  rotate();
  const rotation = setInterval(rotate, ROTATE_SECONDS * 1000);
  const sampler = setInterval(sample, 5_000);

  const client = async () => {
    while (Date.now() < endsAt && died === undefined) {
      const query = QUERIES[Math.floor(Math.random() * QUERIES.length)]!;
      const brokenNow = broken;
      const begun = performance.now();
      totals.requests += 1;
      try {
        const response = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query }),
          signal: AbortSignal.timeout(DEADLINE_MS),
        });
        const body = (await response.json()) as { errors?: { extensions?: Record<string, unknown> }[] };
        if (response.status >= 500) totals.http5xx += 1;
        durations.push(performance.now() - begun);
        if (performance.now() - begun > DEADLINE_MS) totals.pastDeadline += 1;
        if (body.errors?.length) totals.partial += 1;
        for (const error of body.errors ?? []) {
          const { provider, region, projectId } = error.extensions ?? {};
          if (typeof region !== 'string') continue;
          const key = partitionKey(provider, region, projectId);
          // Faults rotate while a request runs: only a partition broken neither before nor now counts.
          if (!brokenNow.has(key) && !broken.has(key)) totals.healthyLost += 1;
        }
      } catch (error) {
        if ((error as Error).name === 'TimeoutError') totals.pastDeadline += 1;
        else totals.failedRequests += 1;
      }
    }
  };
  await Promise.all(Array.from({ length: CLIENTS }, client));
  clearInterval(rotation);
  clearInterval(sampler);
  sample();

  if (died !== undefined) {
    console.error(`soak: the service died during the run (${died}) after ${totals.requests} requests`);
    await emulator.close();
    process.exit(1);
  }
  child.kill('SIGTERM');
  const exitCode = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  await emulator.close();

  const first = rss[0]!.mib;
  const last = rss.at(-1)!.mib;
  const peak = Math.max(...rss.map((point) => point.mib));
  // Second half against first half: growth that keeps going, not the warm-up.
  const half = rss.filter((point) => point.minute >= MINUTES / 2);
  const slope = half.length > 1 ? (half.at(-1)!.mib - half[0]!.mib) / (half.at(-1)!.minute - half[0]!.minute) : 0;
  console.log(
    `soak: ${MINUTES} min, ${CLIENTS} clients, ${partitions.length} partitions, a fifth broken, rotating every ${ROTATE_SECONDS} s`,
  );
  console.log(`requests            ${totals.requests} (${(totals.requests / (MINUTES * 60)).toFixed(0)}/s)`);
  durations.sort((a, b) => a - b);
  const percentile = (p: number) => durations[Math.min(durations.length - 1, Math.floor(durations.length * p))] ?? 0;
  console.log(
    `latency ms          p50 ${percentile(0.5).toFixed(0)}, p99 ${percentile(0.99).toFixed(0)}, max ${percentile(1).toFixed(0)}`,
  );
  console.log(`HTTP 5xx            ${totals.http5xx}`);
  console.log(`connection failures ${totals.failedRequests}`);
  console.log(`past the ${DEADLINE_MS / 1000} s deadline ${totals.pastDeadline}`);
  console.log(`answers with errors ${totals.partial}`);
  console.log(`healthy partitions lost ${totals.healthyLost}`);
  console.log(
    `service RSS MiB     start ${first.toFixed(0)}, peak ${peak.toFixed(0)}, end ${last.toFixed(0)}; second-half trend ${slope >= 0 ? '+' : ''}${slope.toFixed(1)} MiB/min`,
  );
  console.log(`exit on SIGTERM     ${exitCode}`);
}

await main();

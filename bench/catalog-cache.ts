/**
 * The catalog cache, measured as ratios in one run (loopback, emulator with latency):
 * - warm throughput of the 50-item search vs the same stack (Yoga, graphql-js, HTTP) serving a
 *   pre-built array of the same answer: how close a warm query comes to the stack's ceiling;
 * - upstream calls per warm query;
 * - upstream calls per partition for 100 concurrent cold identical queries;
 * - p50 of a search while one partition is down and served stale vs all healthy;
 * - heap with the demo catalog cached, and with a synthetic 10× catalog: memory per cached image.
 */
import { execFileSync } from 'node:child_process';
import { createServer as createHttpServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { GraphQLObjectType, GraphQLSchema, type GraphQLFieldResolver } from 'graphql';
import { loadConfig, withDemoProviders } from '../src/config.js';
import { DEMO_API_KEYS, type Emulator } from '../src/emulator/server.js';
import { schema } from '../src/schema/index.js';
import { createServer, type Server } from '../src/server/create-server.js';

const SEARCH_50 = `{ images(first: 50, filter: { distributions: ["ubuntu"] }) {
  totalCount edges { node { id provider name version region { code name } } } } }`;

interface Served {
  url: string;
  server?: Server;
  close(): Promise<void>;
}

async function listen(handler: Parameters<typeof createHttpServer>[1], server?: Server): Promise<Served> {
  const http: HttpServer = createHttpServer(handler);
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(http.address() as AddressInfo).port}/graphql`,
    ...(server ? { server } : {}),
    async close() {
      http.closeAllConnections();
      await new Promise<void>((resolve) => http.close(() => resolve()));
      await server?.close();
    },
  };
}

/** Our schema with `Query.images` resolved by `resolve` instead of the catalog. */
function withImagesResolver(resolve: GraphQLFieldResolver<unknown, unknown>): GraphQLSchema {
  const config = schema.toConfig();
  const query = schema.getQueryType()!.toConfig();
  return new GraphQLSchema({
    ...config,
    types: config.types.filter((type) => type.name !== query.name),
    query: new GraphQLObjectType({
      ...query,
      fields: { ...query.fields, images: { ...query.fields.images!, resolve } },
    }),
  });
}

function service(
  emulator: Emulator,
  env: Record<string, string>,
  fetchUpstream?: typeof fetch,
  served?: GraphQLSchema,
): Promise<Served> {
  const config = withDemoProviders(loadConfig({ MAX_CONCURRENT_REQUESTS: '10000', ...env }), {
    apiUrl: emulator.url,
    apiKeys: DEMO_API_KEYS,
  });
  const server = createServer({
    config,
    ...(fetchUpstream ? { fetch: fetchUpstream } : {}),
    ...(served ? { schema: served } : {}),
  });
  return listen(server, server);
}

async function post(url: string, query: string): Promise<{ ms: number; body: { data?: unknown; errors?: unknown } }> {
  const started = performance.now();
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  const body = (await response.json()) as { data?: unknown; errors?: unknown };
  return { ms: performance.now() - started, body };
}

/** Requests per second over `durationMs` with `concurrency` clients in a closed loop. */
async function throughput(url: string, query: string, concurrency: number, durationMs: number): Promise<number> {
  let done = 0;
  const until = performance.now() + durationMs;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < until) {
        await post(url, query);
        done++;
      }
    }),
  );
  return done / (durationMs / 1000);
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

export async function benchCatalogCache(emulator: Emulator, rounds: number): Promise<string[]> {
  const lines: string[] = [];
  emulator.resetRequests();

  // 1. Warm throughput vs the ceiling: the same service (schema, plugins, field resolvers,
  // HTTP), its `images` field answering from a pre-built result instead of searching.
  const cached = await service(emulator, { CATALOG_TTL_SECONDS: '300' });
  await post(cached.url, SEARCH_50);
  const searching = schema.getQueryType()!.getFields().images!.resolve!;
  let prebuilt: unknown;
  const recorder = await service(
    emulator,
    { CATALOG_TTL_SECONDS: '300' },
    undefined,
    withImagesResolver(async (...args) => (prebuilt ??= await searching(...args))),
  );
  await post(recorder.url, SEARCH_50);
  await recorder.close();
  const ceiling = await service(
    emulator,
    { CATALOG_TTL_SECONDS: '300' },
    undefined,
    withImagesResolver(() => prebuilt),
  );
  await throughput(ceiling.url, SEARCH_50, 20, 500);
  await throughput(cached.url, SEARCH_50, 20, 500);
  // Alternating 2 s rounds, the median of their ratios: the machine's drift hits both sides.
  const ratios: number[] = [];
  let warmRps = 0;
  let ceilingRps = 0;
  let warmCalls = 0;
  let warmQueries = 0;
  for (let round = 0; round < 3; round++) {
    ceilingRps = await throughput(ceiling.url, SEARCH_50, 20, 2_000);
    emulator.resetRequests();
    warmRps = await throughput(cached.url, SEARCH_50, 20, 2_000);
    warmCalls += emulator.count();
    warmQueries += warmRps * 2;
    ratios.push(warmRps / ceilingRps);
  }
  lines.push(
    `warm 50-item search: ${warmRps.toFixed(0)} req/s vs ${ceilingRps.toFixed(0)} req/s for the same stack serving it pre-built (last round) -> median ratio of 3 rounds ${median(ratios).toFixed(2)} (aim >= 0.8)`,
  );
  // The same comparison in-process (server.fetch, no sockets, one query at a time): what the
  // search itself costs against the stack, without the HTTP client sharing the cores.
  const perQuery = async (served: Served) => {
    const body = JSON.stringify({ query: SEARCH_50 });
    const init = { method: 'POST', headers: { 'content-type': 'application/json' }, body };
    for (let index = 0; index < 300; index++) await (await served.server!.fetch('http://bench/graphql', init)).text();
    const started = performance.now();
    for (let index = 0; index < 2_000; index++) await (await served.server!.fetch('http://bench/graphql', init)).text();
    return (performance.now() - started) / 2_000;
  };
  const ceilingMs = await perQuery(ceiling);
  const warmMs = await perQuery(cached);
  lines.push(
    `warm 50-item search in-process: ${warmMs.toFixed(2)} ms vs ${ceilingMs.toFixed(2)} ms per query for the pre-built answer -> throughput ratio ${(ceilingMs / warmMs).toFixed(2)}`,
  );
  lines.push(
    `upstream calls per warm query: ${(warmCalls / warmQueries).toFixed(3)} (${warmCalls} calls over ${warmQueries.toFixed(0)} queries)`,
  );
  await ceiling.close();
  await cached.close();

  // 2. 100 concurrent identical queries on a cold service.
  const cold = await service(emulator, { CATALOG_TTL_SECONDS: '300' });
  emulator.resetRequests();
  const answers = await Promise.all(Array.from({ length: 100 }, () => post(cold.url, SEARCH_50)));
  const failed = answers.filter((answer) => answer.body.errors).length;
  const listingCalls = emulator.requests.filter((request) =>
    /disk_images$|images\/:project\/:region$/.test(request.route),
  ).length;
  const coverage = (
    (await post(cold.url, '{ images { coverage { requested } } }')).body.data as {
      images: { coverage: { requested: number } };
    }
  ).images.coverage.requested;
  lines.push(
    `100 concurrent cold identical searches: ${listingCalls} listing calls for ${coverage} partitions -> ${(listingCalls / coverage).toFixed(2)} per partition (${failed} answers with errors)`,
  );
  await cold.close();

  // 3. One partition down and served stale vs all healthy (TTL 2 s, so it goes stale quickly).
  const STALE_SEARCH = `{ images(first: 50, filter: { distributions: ["ubuntu"] }) {
      edges { node { id provider name version region { code name } } } coverage { stale { region } } } }`;
  const stale = await service(emulator, { CATALOG_TTL_SECONDS: '2', CIRCUIT_BREAKER_FAILURES: '3' });
  await post(stale.url, STALE_SEARCH);
  const samples = rounds * 40;
  // Same code paths warmed up first, so neither phase pays for the JIT.
  for (let round = 0; round < samples; round++) await post(stale.url, STALE_SEARCH);
  // Healthy: every listing fresh.
  const healthy: number[] = [];
  for (let round = 0; round < samples; round++) healthy.push((await post(stale.url, STALE_SEARCH)).ms);
  // Degraded: LON1 hangs; once the TTL has passed and the other partitions' refreshes are in,
  // every listing is fresh again but LON1's, whose refresh hangs and which is served stale.
  emulator.addFault({ target: { provider: 'civo', region: 'LON1' }, fault: { kind: 'hang' } });
  await new Promise((resolve) => setTimeout(resolve, 2_100));
  emulator.resetRequests();
  await post(stale.url, STALE_SEARCH);
  while (emulator.requests.filter((request) => request.status !== 0).length < coverage - 1)
    await new Promise((resolve) => setTimeout(resolve, 20));
  const degraded: number[] = [];
  let staleAnswers = 0;
  for (let round = 0; round < samples; round++) {
    const answer = await post(stale.url, STALE_SEARCH);
    degraded.push(answer.ms);
    const data = answer.body.data as { images: { coverage: { stale: { region: string }[] } } };
    if (data.images.coverage.stale.some((entry) => entry.region === 'LON1')) staleAnswers++;
  }
  emulator.clearFaults();
  lines.push(
    `p50 with one partition hung and served stale / all healthy: ${(median(degraded) / median(healthy)).toFixed(2)} (≈1.0; ${staleAnswers}/${degraded.length} answers named LON1 stale)`,
  );
  await stale.close();

  // 4. Memory per cached image: fresh processes, one warmed with the demo catalog, one with ten times it.
  const [demo, large] = ['demo', 'tenfold'].map(cachedMemory);
  const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MiB`;
  const perImage = (bytes: number) => `${(bytes / (large!.images - demo!.images) / 1024).toFixed(2)} KiB`;
  lines.push(
    `RSS of a warmed service: demo catalog ${mib(demo!.rss)} (${demo!.images} images, ${demo!.listings} listings), ` +
      `10x catalog ${mib(large!.rss)} (${large!.images} images) -> ratio ${(large!.rss / demo!.rss).toFixed(2)}; ` +
      `per cached image ${perImage(large!.rss - demo!.rss)} of RSS, ${perImage(large!.heapUsed - demo!.heapUsed)} of heap`,
  );
  return lines;
}

interface CachedMemory {
  rss: number;
  heapUsed: number;
  images: number;
  listings: number;
}

function cachedMemory(mode: string): CachedMemory {
  const output = execFileSync(
    process.execPath,
    ['--import', 'tsx', '--expose-gc', fileURLToPath(new URL('./cached-memory.ts', import.meta.url)), mode],
    { encoding: 'utf8' },
  );
  return JSON.parse(output.trim().split('\n').at(-1)!) as CachedMemory;
}

/**
 * Benchmarks, reported as ratios measured in one run (loopback, emulator with added latency):
 * - fan-out: one `images` query over every partition vs one partition (≈1 means parallel);
 * - the same partitions queried one after another (what per-region tools cost);
 * - upstream calls per query, from the emulator's counters;
 * - a whole result with `equivalents` on every image vs without (calls and wall time);
 * - heap growth over repeated queries (leaks show as growth that does not level off);
 * - what `include_prices=true` costs one Gcore listing (every listing asks for prices);
 * - the catalog cache (bench/catalog-cache.ts).
 * The first figures are of upstream work, so they run with the catalog cache off.
 * Usage: npm run bench [-- --latency 150 --rounds 5]
 */
import { createServer as createHttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadConfig, withDemoProviders } from '../src/config.js';
import { DEMO_API_KEYS, DEMO_GCORE_API_KEY, startEmulator } from '../src/emulator/server.js';
import { createServer } from '../src/server/create-server.js';
import { benchCatalogCache } from './catalog-cache.js';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? Number(args[index + 1]) : fallback;
};
const latencyMs = option('latency', 150);
const rounds = option('rounds', 5);

const emulator = await startEmulator({ latencyMs });
const config = withDemoProviders(loadConfig({ CATALOG_TTL_SECONDS: '0' }), {
  apiUrl: emulator.url,
  apiKeys: DEMO_API_KEYS,
});
const uncached = createServer({ config });
const http = createHttpServer(uncached);
await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
const url = `http://127.0.0.1:${(http.address() as AddressInfo).port}/graphql`;

async function run(
  query: string,
  variables: Record<string, unknown> = {},
): Promise<{ ms: number; calls: number; data: unknown }> {
  emulator.resetRequests();
  const started = performance.now();
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: unknown; errors?: unknown[] };
  if (body.errors?.length) throw new Error(`query failed: ${JSON.stringify(body.errors).slice(0, 300)}`);
  return { ms: performance.now() - started, calls: emulator.count(), data: body.data };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const SEARCH =
  'query($filter: ImageFilter) { images(filter: $filter) { totalCount coverage { requested answered } edges { node { id name } } } }';
// Warm the region/project discovery cache so it does not count against the first round.
const warm = (await run(SEARCH)).data as { images: { coverage: { requested: number } } };
const partitions = warm.images.coverage.requested;
const regions = (await run('{ civoRegions { code } }')).data as { civoRegions: { code: string }[] };
const oneRegion = regions.civoRegions[0]!.code;

const all: number[] = [];
const one: number[] = [];
const sequential: number[] = [];
let callsAll = 0;
for (let round = 0; round < rounds; round++) {
  const a = await run(SEARCH);
  all.push(a.ms);
  callsAll = a.calls;
  one.push((await run(SEARCH, { filter: { regions: [oneRegion] } })).ms);
  let total = 0;
  for (const { code } of regions.civoRegions) total += (await run(SEARCH, { filter: { regions: [code] } })).ms;
  sequential.push(total);
}

// `equivalents` on every image of the whole result: the same listings, so the same calls, and
// each family ranked once per request, so little more time.
const EQUIVALENTS = '{ images { totalCount edges { node { id name equivalents { imageId region { code } } } } } }';
const plainPage = '{ images { totalCount edges { node { id name } } } }';
const withEquivalents: number[] = [];
const withoutEquivalents: number[] = [];
let equivalentCalls = 0;
let plainCalls = 0;
for (let round = 0; round < rounds; round++) {
  const plain = await run(plainPage);
  withoutEquivalents.push(plain.ms);
  plainCalls = plain.calls;
  const rich = await run(EQUIVALENTS);
  withEquivalents.push(rich.ms);
  equivalentCalls = rich.calls;
}
const edges = ((await run(plainPage)).data as { images: { totalCount: number } }).images.totalCount;

// One Gcore listing with and without prices, straight from the emulator: every listing asks for
// them, so one cached listing answers priced and unpriced queries alike.
const gcoreProject = (await run('{ gcoreProjects { projectId isDefault } }')).data as {
  gcoreProjects: { projectId: number; isDefault: boolean }[];
};
const gcoreRegion = (await run('{ gcoreRegions { regionId state } }')).data as {
  gcoreRegions: { regionId: number; state: string | null }[];
};
const listingUrl = (prices: boolean) =>
  `${emulator.url}/cloud/v1/images/${gcoreProject.gcoreProjects.find((project) => project.isDefault)!.projectId}/` +
  `${gcoreRegion.gcoreRegions.find((region) => region.state === 'ACTIVE')!.regionId}?limit=1000${prices ? '&include_prices=true' : ''}`;
const listing = async (prices: boolean) => {
  const started = performance.now();
  const body = await (
    await fetch(listingUrl(prices), { headers: { authorization: `APIKey ${DEMO_GCORE_API_KEY}` } })
  ).text();
  return { ms: performance.now() - started, bytes: body.length };
};
const priced: number[] = [];
const unpriced: number[] = [];
let pricedBytes = 0;
let unpricedBytes = 0;
for (let round = 0; round < rounds; round++) {
  const withPrices = await listing(true);
  const withoutPrices = await listing(false);
  priced.push(withPrices.ms);
  unpriced.push(withoutPrices.ms);
  pricedBytes = withPrices.bytes;
  unpricedBytes = withoutPrices.bytes;
}

// Heap after a full GC, after N searches and again after N more: the second ratio stays near 1
// when nothing accumulates per request (a leak keeps growing it).
const collect = () => {
  if (!global.gc) throw new Error('run with --expose-gc (npm run bench does)');
  global.gc();
  return process.memoryUsage().heapUsed;
};
const searchBatch = async () => {
  for (let index = 0; index < rounds * 10; index++) await run(SEARCH);
};
const heapStart = collect();
await searchBatch();
const heapOnce = collect();
await searchBatch();
const heapTwice = collect();

console.log(`latency per upstream call: ${latencyMs} ms; partitions searched: ${partitions}; rounds: ${rounds}`);
console.log(
  `upstream calls for one all-partition search: ${callsAll} (partitions: ${partitions}) -> ratio ${(callsAll / partitions).toFixed(2)}`,
);
console.log(
  `all partitions / one partition (median wall time): ${(median(all) / median(one)).toFixed(2)}  (1.0 = fully parallel; ${partitions}.0 = serial)`,
);
console.log(
  `Civo regions one by one / all partitions at once: ${(median(sequential) / median(all)).toFixed(2)}  (${regions.civoRegions.length} sequential queries)`,
);
console.log(
  `${edges} images with equivalents / without: calls ${equivalentCalls} / ${plainCalls} -> ratio ${(equivalentCalls / plainCalls).toFixed(2)}; ` +
    `median wall time ratio ${(median(withEquivalents) / median(withoutEquivalents)).toFixed(2)}`,
);
console.log(
  `heap after ${rounds * 10} searches / at start: ${(heapOnce / heapStart).toFixed(2)}; after ${rounds * 20} / after ${rounds * 10}: ${(heapTwice / heapOnce).toFixed(2)}  (≈1.0 = nothing kept per request)`,
);
console.log(
  `one Gcore listing with prices / without: bytes ${(pricedBytes / unpricedBytes).toFixed(2)}; median wall time ${(median(priced) / median(unpriced)).toFixed(2)}  (emulator: its pricing is free; measure against the real API before trusting the time)`,
);

http.closeAllConnections();
http.close();
await uncached.close();

for (const line of await benchCatalogCache(emulator, rounds)) console.log(line);
await emulator.close();

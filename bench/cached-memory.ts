/**
 * One process, one warmed service: prints its RSS and heap (after a full GC) as JSON, so the
 * benchmark compares catalogs in fresh processes. `tenfold`: every listing carries ten copies
 * of each image (distinct ids), a catalog ten times the demo's.
 * Usage: node --import tsx --expose-gc bench/cached-memory.ts demo|tenfold
 */
import { loadConfig, withDemoProviders } from '../src/config.js';
import { DEMO_API_KEYS, startEmulator } from '../src/emulator/server.js';
import { createServer } from '../src/server/create-server.js';

const tenfold: typeof fetch = async (input, init) => {
  const response = await fetch(input, init);
  const url = new URL(new Request(input, init).url);
  const isListing =
    /^\/v2\/disk_images$/.test(url.pathname) || /^\/cloud\/v1\/(bm)?images\/\d+\/\d+$/.test(url.pathname);
  if (!isListing || !response.ok) return response;
  const body = (await response.json()) as unknown;
  const multiply = (items: Record<string, unknown>[]) =>
    items.flatMap((item) => Array.from({ length: 10 }, (_, copy) => ({ ...item, id: `${String(item.id)}-${copy}` })));
  if (Array.isArray(body)) return Response.json(multiply(body as Record<string, unknown>[]));
  const page = body as { count: number; results: Record<string, unknown>[] };
  return Response.json({ ...page, count: page.count * 10, results: multiply(page.results) });
};

const mode = process.argv[2] === 'tenfold' ? 'tenfold' : 'demo';
const emulator = await startEmulator();
const server = createServer({
  config: withDemoProviders(loadConfig({ CATALOG_TTL_SECONDS: '3600' }), {
    apiUrl: emulator.url,
    apiKeys: DEMO_API_KEYS,
  }),
  ...(mode === 'tenfold' ? { fetch: tenfold } : {}),
  logSink: () => {},
});
const report = await server.warmUp();
let images = 0;
for (const baremetal of [false, true]) {
  const response = await server.fetch('http://bench/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: `{ images(filter: { baremetal: ${baremetal}, statuses: [AVAILABLE, PENDING, DEPRECATED, ERROR, DELETED, UNKNOWN] }) { totalCount } }`,
    }),
  });
  images += ((await response.json()) as { data: { images: { totalCount: number } } }).data.images.totalCount;
}
if (!global.gc) throw new Error('run with --expose-gc');
global.gc();
const { rss, heapUsed } = process.memoryUsage();
console.log(JSON.stringify({ mode, rss, heapUsed, images, listings: report.listed }));
await server.close();
await emulator.close();

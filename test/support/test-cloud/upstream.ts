import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * The test-only third cloud's API: a real HTTP server, so its client is a real client too.
 * `GET /regions` and `GET /images?region=…`; a region in `failing` answers 503.
 */
export interface TestCloudUpstream {
  url: string;
  regions: { code: string; name: string }[];
  images: Record<string, { id: string; name: string; distro: string; version: string }[]>;
  failing: Set<string>;
  requests: string[];
  close(): Promise<void>;
}

export async function startTestCloudUpstream(): Promise<TestCloudUpstream> {
  const state = {
    regions: [
      { code: 'north', name: 'North Pole' },
      { code: 'south', name: 'South Pole' },
    ],
    images: {
      north: [
        { id: 'n-1', name: 'ubuntu-22.04-tc', distro: 'ubuntu', version: '22.04' },
        { id: 'n-2', name: 'debian-12-tc', distro: 'debian', version: '12' },
      ],
      south: [{ id: 's-1', name: 'ubuntu-22.04-tc', distro: 'ubuntu', version: '22.04' }],
    } as TestCloudUpstream['images'],
    failing: new Set<string>(),
    requests: [] as string[],
  };
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://test.cloud');
    state.requests.push(`${url.pathname}${url.search}`);
    res.setHeader('content-type', 'application/json');
    const region = url.searchParams.get('region') ?? '';
    if (url.pathname === '/regions') return res.end(JSON.stringify(state.regions));
    if (url.pathname === '/images' && state.failing.has(region)) {
      res.statusCode = 503;
      return res.end('{"error":"down"}');
    }
    if (url.pathname === '/images' && state.images[region]) return res.end(JSON.stringify(state.images[region]));
    res.statusCode = 404;
    res.end('{"error":"not found"}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    ...state,
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

import { jsonResponse } from '../../../emulator/responses.js';
import type { ApiRequest, ApiResponse, Partition, ProviderApi, RoutedRequest } from '../../../emulator/types.js';
import { civoAuthProblem } from './auth.js';
import { civoRegionImages, civoRegions, findCivoRegion, isCustom } from './catalog.js';
import { driftCivoBody } from './drift.js';
import { civoFaultResponse, civoImageNotFound, civoRegionNotFound, civoUnknownRoute } from './errors.js';

export interface CivoApiOptions {
  /** The one key this emulator accepts. */
  apiKey: string;
  /** Picks the region of a region-less listing; injectable so tests can pin it. */
  random?: () => number;
}

const DETAIL_PATH = /^\/v2\/disk_images\/([^/]+)$/;

/**
 * Civo API v2: `GET /v2/regions`, `GET /v2/disk_images` and `GET /v2/disk_images/:id`.
 * Routing comes first (an unknown route is the router's plain-text 404, key or not); each
 * route then checks the key, then the region, then the image.
 */
export function createCivoApi(options: CivoApiOptions): ProviderApi {
  const random = options.random ?? Math.random;
  const authorised = (request: ApiRequest) => civoAuthProblem(request.headers, options.apiKey);

  function listImages(request: ApiRequest): RoutedRequest {
    // Without `region` (or with an empty one) the real API answers for a random region; the
    // record names the region that was picked, so tests can see which.
    const asked = request.query.get('region')?.trim() || undefined;
    const region = asked ?? civoRegions[Math.floor(random() * civoRegions.length)]!.code;
    return {
      route: 'GET /v2/disk_images',
      partition: civoPartition(region),
      respond: () => {
        const refused = authorised(request);
        if (refused) return refused;
        const images = civoRegionImages(region);
        if (!images) return civoRegionNotFound();
        // Our choice: the full listing holds Civo's images and the account's custom ones;
        // `type=custom` (any case) keeps only the custom ones, and other `type` values are ignored.
        const customOnly = request.query.get('type')?.toLowerCase() === 'custom';
        return jsonResponse(200, customOnly ? images.filter(isCustom) : images);
      },
    };
  }

  function imageDetail(request: ApiRequest, id: string): RoutedRequest {
    const region = request.query.get('region')?.trim() || undefined;
    return {
      route: 'GET /v2/disk_images/:id',
      ...(region ? { partition: civoPartition(region) } : {}),
      respond: () => {
        const refused = authorised(request);
        if (refused) return refused;
        // Our choice: the contract makes `region` required here; without one we answer like an
        // unknown region rather than picking a random one (ids are per region anyway).
        const images = region ? civoRegionImages(region) : undefined;
        if (!images) return civoRegionNotFound();
        const image = images.find((candidate) => candidate.id === id);
        return image ? jsonResponse(200, image) : civoImageNotFound();
      },
    };
  }

  return {
    provider: 'civo',
    owns: (path) => path === '/v2' || path.startsWith('/v2/'),
    faultResponse: civoFaultResponse,
    drift: (route, body) => driftCivoBody(route, body),
    route(request) {
      if (request.method === 'GET' && request.path === '/v2/regions') {
        return {
          route: 'GET /v2/regions',
          respond: (): ApiResponse => authorised(request) ?? jsonResponse(200, civoRegions),
        };
      }
      if (request.method === 'GET' && request.path === '/v2/disk_images') return listImages(request);
      const detail = request.method === 'GET' ? DETAIL_PATH.exec(request.path) : null;
      if (detail) return imageDetail(request, safeDecode(detail[1]!));
      return { route: `${request.method} (unmatched)`, respond: civoUnknownRoute };
    },
  };
}

/** Partitions carry the region code upper-case, whatever case the request used. */
function civoPartition(region: string): Partition {
  return { provider: 'civo', region: (findCivoRegion(region)?.code ?? region).toUpperCase() };
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

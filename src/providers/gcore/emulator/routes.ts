import { jsonResponse } from '../../../emulator/responses.js';
import type { ApiRequest, ApiResponse, Partition, ProviderApi, RoutedRequest } from '../../../emulator/types.js';
import type { GcoreApiImage } from '../api-types.js';
import { gcoreAuthProblem } from './auth.js';
import {
  findGcoreProject,
  findGcoreRegion,
  gcorePartitionImages,
  gcoreProjects,
  gcoreRegions,
  withPrice,
} from './catalog.js';
import { driftGcoreBody } from './drift.js';
import { gcoreFaultResponse, gcoreNotFound, gcoreValidationError } from './errors.js';
import { filterImages } from './image-filter.js';
import { pageOf, parseImageQuery, parsePaging, type InvalidFields } from './list-query.js';

export interface GcoreApiOptions {
  /** The one token this emulator accepts (sent as `APIKey <token>`). */
  apiKey: string;
  /** Most results one page holds, whatever `limit` says (the API's own maximum is 1000). */
  maxPageSize: number;
}

/** The API's paging limits: directory lists default to 100, image lists to their maximum. */
const DIRECTORY_LIMITS = { defaultLimit: 100, maxLimit: 1000 };
const IMAGE_LIMITS = { defaultLimit: 1000, maxLimit: 1000 };

const LIST_PATH = /^\/cloud\/v1\/(images|bmimages)\/([^/]+)\/([^/]+)\/?$/;
const DETAIL_PATH = /^\/cloud\/v1\/images\/([^/]+)\/([^/]+)\/([^/]+)\/?$/;

/**
 * Gcore Cloud API v1: regions, projects, the image and bare-metal image lists of a
 * project × region, and one image. Each route checks the token, then the path's project and
 * region, then the query, then answers.
 */
export function createGcoreApi(options: GcoreApiOptions): ProviderApi {
  const authorised = (request: ApiRequest) => gcoreAuthProblem(request.headers, options.apiKey);

  function directory<T>(request: ApiRequest, route: string, items: readonly T[]): RoutedRequest {
    return {
      route,
      respond: () => {
        const refused = authorised(request);
        if (refused) return refused;
        const invalid: InvalidFields = {};
        const paging = parsePaging(request.query, DIRECTORY_LIMITS, invalid);
        if (Object.keys(invalid).length) return gcoreValidationError(invalid);
        return jsonResponse(200, pageOf(items, paging, options.maxPageSize));
      },
    };
  }

  function imageList(request: ApiRequest, kind: 'images' | 'bmimages', project: string, region: string): RoutedRequest {
    const partition = partitionOf(project, region);
    return {
      route: `GET /cloud/v1/${kind}/:project/:region`,
      ...(partition ? { partition } : {}),
      respond: () => {
        const refused = authorised(request) ?? missingPartition(project, region);
        if (refused) return refused;
        const images =
          gcorePartitionImages(Number(project), Number(region), kind === 'bmimages' ? 'baremetal' : 'vm') ?? [];
        const invalid: InvalidFields = {};
        const query = parseImageQuery(request.query, invalid);
        const paging = parsePaging(request.query, IMAGE_LIMITS, invalid);
        if (Object.keys(invalid).length) return gcoreValidationError(invalid);
        const selected = filterImages(images, query);
        const page = pageOf(selected, paging, options.maxPageSize);
        return jsonResponse(200, query.includePrices ? { ...page, results: page.results.map(withPrice) } : page);
      },
    };
  }

  function imageDetail(request: ApiRequest, project: string, region: string, id: string): RoutedRequest {
    const partition = partitionOf(project, region);
    return {
      route: 'GET /cloud/v1/images/:project/:region/:id',
      ...(partition ? { partition } : {}),
      respond: () => {
        const refused = authorised(request) ?? missingPartition(project, region);
        if (refused) return refused;
        const invalid: InvalidFields = {};
        const { includePrices } = parseImageQuery(request.query, invalid);
        if (invalid.include_prices) return gcoreValidationError({ include_prices: invalid.include_prices });
        // Our choice: one image store behind both lists, so the detail route finds VM and
        // bare-metal images alike.
        const image = findImage(Number(project), Number(region), id);
        if (!image) return gcoreNotFound(`Image ${id} not found`);
        return jsonResponse(200, includePrices ? withPrice(image) : image);
      },
    };
  }

  return {
    provider: 'gcore',
    owns: (path) => path === '/cloud' || path.startsWith('/cloud/'),
    faultResponse: gcoreFaultResponse,
    drift: driftGcoreBody,
    route(request) {
      const path = request.path;
      if (request.method === 'GET') {
        if (path === '/cloud/v1/regions' || path === '/cloud/v1/regions/')
          return directory(request, 'GET /cloud/v1/regions', gcoreRegions);
        if (path === '/cloud/v1/projects' || path === '/cloud/v1/projects/')
          return directory(request, 'GET /cloud/v1/projects', gcoreProjects);
        const list = LIST_PATH.exec(path);
        if (list) return imageList(request, list[1] as 'images' | 'bmimages', list[2]!, list[3]!);
        const detail = DETAIL_PATH.exec(path);
        if (detail) return imageDetail(request, detail[1]!, detail[2]!, safeDecode(detail[3]!));
      }
      return {
        route: `${request.method} (unmatched)`,
        respond: () => gcoreNotFound('The requested resource was not found.'),
      };
    },
  };
}

/** The partition named by the path, when both segments are integers (known or not). */
function partitionOf(project: string, region: string): Partition | undefined {
  if (!/^\d+$/.test(project) || !/^\d+$/.test(region)) return undefined;
  return { provider: 'gcore', projectId: Number(project), regionId: Number(region) };
}

/**
 * 404 for a project or region the account does not have. A segment that is not an integer
 * does not match the API's route at all, which is a 404 too.
 */
function missingPartition(project: string, region: string): ApiResponse | undefined {
  if (!/^\d+$/.test(project) || !/^\d+$/.test(region)) return gcoreNotFound('The requested resource was not found.');
  if (!findGcoreProject(Number(project))) return gcoreNotFound(`Project with id ${project} not found`);
  if (!findGcoreRegion(Number(region))) return gcoreNotFound(`Region with id ${region} not found`);
  return undefined;
}

function findImage(projectId: number, regionId: number, id: string): GcoreApiImage | undefined {
  const all = [
    ...(gcorePartitionImages(projectId, regionId, 'vm') ?? []),
    ...(gcorePartitionImages(projectId, regionId, 'baremetal') ?? []),
  ];
  return all.find((image) => image.id === id);
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

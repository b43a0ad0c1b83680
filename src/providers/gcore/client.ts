import { ErrorCode, UpstreamError } from '../../errors.js';
import { withoutSecret } from '../../upstream/failure-errors.js';
import { createUpstreamHttp, UpstreamFailureError, type UpstreamHttpSettings } from '../../upstream/http-client.js';
import type { z } from 'zod';
import { gcoreImagePageShape, gcoreImageShape, gcoreProjectPageShape, gcoreRegionPageShape } from './api-shapes.js';
import type { GcoreApiImage, GcoreApiList, GcoreApiProject, GcoreApiRegion, GcoreImageListQuery } from './api-types.js';
import { gcoreUpstreamError, type GcorePartitionRef } from './errors.js';

export interface GcoreClientOptions {
  apiKey: string;
  apiUrl: string;
  http: UpstreamHttpSettings;
  fetch?: typeof globalThis.fetch;
}

/** The list filters we pass through; paging and prices are the client's business. */
export type GcoreImageFilters = Omit<GcoreImageListQuery, 'limit' | 'offset' | 'include_prices'>;

export interface GcoreImageListOptions {
  /** `bmimages` instead of `images`. */
  baremetal?: boolean;
  includePrices?: boolean;
  signal?: AbortSignal;
}

/** Gcore Cloud API v1. List methods read every page until they hold `count` items. */
export interface GcoreClient {
  listRegions(signal?: AbortSignal): Promise<GcoreApiRegion[]>;
  listProjects(signal?: AbortSignal): Promise<GcoreApiProject[]>;
  listImages(
    projectId: number,
    regionId: number,
    filters: GcoreImageFilters,
    options?: GcoreImageListOptions,
  ): Promise<GcoreApiImage[]>;
  /**
   * One image, or null on 404. Callers list the partition first, so a 404 here means the
   * image and not the project or region (Gcore answers the same NotFoundError for all three).
   */
  getImage(
    projectId: number,
    regionId: number,
    imageId: string,
    options?: { includePrices?: boolean; signal?: AbortSignal },
  ): Promise<GcoreApiImage | null>;
}

// What gcore-python and gcore-go retry.
const RETRY_STATUS_CODES = [408, 409, 429, 500, 502, 503, 504];
/** The API's maximum page sizes: fewer round trips for big catalogs. */
const IMAGE_PAGE_LIMIT = 1000;
const REGION_PAGE_LIMIT = 1000;
/** A runaway pager (a server that keeps saying "more") must end. */
const MAX_PAGES = 1000;

export function createGcoreClient(options: GcoreClientOptions): GcoreClient {
  const http = createUpstreamHttp({
    ...options.http,
    baseUrl: options.apiUrl,
    // The `APIKey` prefix is mandatory; Gcore rejects `Bearer`.
    authorization: `APIKey ${options.apiKey}`,
    retryStatusCodes: RETRY_STATUS_CODES,
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });

  /** The one place every Gcore call passes through: where a cache or circuit breaker would go. */
  async function get<T>(
    path: string,
    partition: GcorePartitionRef,
    searchParams: URLSearchParams,
    shape: z.ZodType<T>,
    signal?: AbortSignal,
    notAfter?: number,
  ): Promise<T> {
    try {
      return await http.getJson(path, {
        searchParams,
        shape,
        ...(signal ? { signal } : {}),
        ...(notAfter !== undefined ? { notAfter } : {}),
      });
    } catch (error) {
      if (error instanceof UpstreamFailureError)
        throw withoutSecret(gcoreUpstreamError(error.failure, partition), options.apiKey);
      throw error;
    }
  }

  /**
   * Reads `{count, results}` pages with `offset += results.length` until `count` items are in.
   * The whole listing shares one UPSTREAM_TIMEOUT_MS budget: a slow upstream must not get a
   * fresh budget for every page.
   */
  async function getAll<T extends { id: string | number }>(
    path: string,
    partition: GcorePartitionRef,
    params: URLSearchParams,
    shape: z.ZodType<GcoreApiList<T>>,
    signal?: AbortSignal,
  ): Promise<T[]> {
    const notAfter = Date.now() + options.http.timeoutMs;
    // By id: offset paging over a list that changes meanwhile can serve an item twice.
    const items = new Map<string | number, T>();
    let received = 0;
    for (let page = 0; page < MAX_PAGES; page++) {
      const pageParams = new URLSearchParams(params);
      pageParams.set('offset', String(received));
      const body = await get(path, partition, pageParams, shape, signal, notAfter);
      received += body.results.length;
      for (const item of body.results) items.set(item.id, item);
      if (received >= body.count) {
        // Served twice means another item was skipped: a silently short list is worse than a failed one.
        if (items.size < body.count)
          throw shortList(
            partition,
            `pages overlapped: ${items.size} distinct of ${body.count} items (the list changed while it was read)`,
          );
        return [...items.values()];
      }
      // A page that adds nothing while `count` says more would loop forever or return a
      // silently short list: both are worse than saying the partition is unusable.
      if (body.results.length === 0) throw shortList(partition, `got ${received} of ${body.count} items`);
    }
    throw shortList(partition, `paging did not end after ${received} items`);
  }

  return {
    listRegions(signal) {
      const params = new URLSearchParams({ limit: String(REGION_PAGE_LIMIT) });
      return getAll('cloud/v1/regions', { provider: 'gcore' }, params, gcoreRegionPageShape, signal);
    },

    listProjects(signal) {
      return getAll('cloud/v1/projects', { provider: 'gcore' }, new URLSearchParams(), gcoreProjectPageShape, signal);
    },

    listImages(projectId, regionId, filters, { baremetal = false, includePrices = false, signal } = {}) {
      const params = imageListParams(filters, includePrices);
      const path = `cloud/v1/${baremetal ? 'bmimages' : 'images'}/${projectId}/${regionId}`;
      return getAll(path, { provider: 'gcore', projectId, regionId }, params, gcoreImagePageShape, signal);
    },

    async getImage(projectId, regionId, imageId, { includePrices = false, signal } = {}) {
      const partition: GcorePartitionRef = { provider: 'gcore', projectId, regionId };
      const params = new URLSearchParams(includePrices ? { include_prices: 'true' } : {});
      try {
        return await get(
          `cloud/v1/images/${projectId}/${regionId}/${encodeURIComponent(imageId)}`,
          partition,
          params,
          gcoreImageShape,
          signal,
        );
      } catch (error) {
        if (error instanceof UpstreamError && error.details.code === ErrorCode.UPSTREAM_NOT_FOUND) return null;
        throw error;
      }
    },
  };
}

function imageListParams(filters: GcoreImageFilters, includePrices: boolean): URLSearchParams {
  const params = new URLSearchParams({ limit: String(IMAGE_PAGE_LIMIT) });
  for (const [key, value] of Object.entries(filters)) {
    if (value === undefined) continue;
    // tag_key is repeated, one parameter per key.
    if (Array.isArray(value)) for (const item of value) params.append(key, String(item));
    else params.set(key, String(value));
  }
  if (includePrices) params.set('include_prices', 'true');
  return params;
}

function shortList(partition: GcorePartitionRef, detail: string): UpstreamError {
  return gcoreUpstreamError({ kind: 'malformed', status: 200, detail }, partition);
}

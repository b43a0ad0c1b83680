import { ErrorCode, UpstreamError } from '../../errors.js';
import { observeCall } from '../../upstream/call-events.js';
import { withoutSecret } from '../../upstream/failure-errors.js';
import { createUpstreamHttp, UpstreamFailureError, type UpstreamClientOptions } from '../../upstream/http-client.js';
import type { DriftReporter } from '../../upstream/tolerant-read.js';
import { gcoreUpstreamError, type GcorePartitionRef } from './errors.js';
import {
  readGcoreImage,
  readGcoreImagePage,
  readGcoreProjectPage,
  readGcoreRegionPage,
  type GcoreImageRecord,
  type GcorePage,
  type GcoreProjectRecord,
  type GcoreRegionRecord,
} from './read.js';

export type GcoreClientOptions = UpstreamClientOptions;

/** Gcore Cloud API v1. List methods read every page until they hold `count` items. */
export interface GcoreClient {
  listRegions(signal?: AbortSignal): Promise<GcoreRegionRecord[]>;
  listProjects(signal?: AbortSignal): Promise<GcoreProjectRecord[]>;
  /** The plain listing of a project × region (`bmimages` for bare metal), with prices. */
  listImages(
    projectId: number,
    regionId: number,
    options?: { baremetal?: boolean; signal?: AbortSignal },
  ): Promise<GcoreImageRecord[]>;
  /**
   * One image, or null on 404. Callers list the partition first, so a 404 here means the
   * image and not the project or region (Gcore answers the same NotFoundError for all three).
   */
  getImage(
    projectId: number,
    regionId: number,
    imageId: string,
    signal?: AbortSignal,
  ): Promise<GcoreImageRecord | null>;
}

// What gcore-python and gcore-go retry.
const RETRY_STATUS_CODES = [408, 409, 429, ...Array.from({ length: 100 }, (_, index) => 500 + index)];
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
    secret: options.apiKey,
    retryStatusCodes: RETRY_STATUS_CODES,
    honourShouldRetryHeader: true,
    userAgent: options.userAgent,
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });

  /** The one place every Gcore call passes through: where a cache or circuit breaker would go. */
  async function get<T>(
    path: string,
    partition: GcorePartitionRef,
    searchParams: URLSearchParams,
    read: (body: unknown, report: DriftReporter) => T,
    signal?: AbortSignal,
    notAfter?: number,
  ): Promise<T> {
    return observeCall(options.events, { provider: 'gcore', partition: partitionLabel(partition) }, async (onRetry) => {
      try {
        return await http.getJson(path, {
          searchParams,
          read: (body) => read(body, options.reportDrift),
          onRetry,
          ...(signal ? { signal } : {}),
          ...(notAfter !== undefined ? { notAfter } : {}),
        });
      } catch (error) {
        if (!(error instanceof UpstreamFailureError)) throw error;
        throw withoutSecret(gcoreUpstreamError(error.failure, partition), options.apiKey);
      }
    });
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
    read: (body: unknown, report: DriftReporter) => GcorePage<T>,
    signal?: AbortSignal,
  ): Promise<T[]> {
    const notAfter = Date.now() + options.http.timeoutMs;
    // By id: offset paging over a list that changes meanwhile can serve an item twice.
    const items = new Map<string | number, T>();
    let received = 0;
    let unreadable = 0;
    for (let page = 0; page < MAX_PAGES; page++) {
      const pageParams = new URLSearchParams(params);
      pageParams.set('offset', String(received));
      const {
        count,
        items: pageItems,
        received: onPage,
      } = await get(path, partition, pageParams, read, signal, notAfter);
      received += onPage;
      unreadable += onPage - pageItems.length;
      for (const item of pageItems) items.set(item.id, item);
      if (received >= count) {
        // Served twice means another item was skipped: a silently short list is worse than a failed one.
        if (items.size + unreadable < count) {
          const distinct = `${items.size + unreadable} distinct of ${count} items`;
          throw shortList(partition, `pages overlapped: ${distinct} (the list changed while it was read)`);
        }
        return [...items.values()];
      }
      // A page that adds nothing while `count` says more would loop forever or return a
      // silently short list: both are worse than saying the partition is unusable.
      if (onPage === 0) throw shortList(partition, `got ${received} of ${count} items`);
    }
    throw shortList(partition, `paging did not end after ${received} items`);
  }

  return {
    listRegions(signal) {
      const params = new URLSearchParams({ limit: String(REGION_PAGE_LIMIT) });
      return getAll('cloud/v1/regions', { provider: 'gcore' }, params, readGcoreRegionPage, signal);
    },

    listProjects(signal) {
      return getAll('cloud/v1/projects', { provider: 'gcore' }, new URLSearchParams(), readGcoreProjectPage, signal);
    },

    listImages(projectId, regionId, { baremetal = false, signal } = {}) {
      // Prices always: one listing then answers every query, priced or not (see README, cost model).
      const params = new URLSearchParams({ limit: String(IMAGE_PAGE_LIMIT), include_prices: 'true' });
      const path = `cloud/v1/${baremetal ? 'bmimages' : 'images'}/${projectId}/${regionId}`;
      return getAll(path, { provider: 'gcore', projectId, regionId }, params, readGcoreImagePage, signal);
    },

    async getImage(projectId, regionId, imageId, signal) {
      const partition: GcorePartitionRef = { provider: 'gcore', projectId, regionId };
      const path = `cloud/v1/images/${projectId}/${regionId}/${encodeURIComponent(imageId)}`;
      try {
        return await get(path, partition, new URLSearchParams({ include_prices: 'true' }), readGcoreImage, signal);
      } catch (error) {
        if (error instanceof UpstreamError && error.details.code === ErrorCode.UPSTREAM_NOT_FOUND) return null;
        throw error;
      }
    },
  };
}

/** `project:region` as the partition keys spell it; `-` for account-wide calls (regions, projects). */
function partitionLabel({ projectId, regionId }: GcorePartitionRef): string {
  if (projectId === undefined && regionId === undefined) return '-';
  return `${projectId ?? '-'}:${regionId ?? '-'}`;
}

function shortList(partition: GcorePartitionRef, detail: string): UpstreamError {
  return gcoreUpstreamError({ kind: 'malformed', status: 200, detail }, partition);
}

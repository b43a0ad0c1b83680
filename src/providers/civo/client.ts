import { UpstreamError } from '../../errors.js';
import { observeCall } from '../../upstream/call-events.js';
import { withoutSecret } from '../../upstream/failure-errors.js';
import { createUpstreamHttp, UpstreamFailureError, type UpstreamClientOptions } from '../../upstream/http-client.js';
import type { DriftReporter } from '../../upstream/tolerant-read.js';
import { readCivoImage, readCivoImages, readCivoRegions, type CivoImageRecord, type CivoRegionRecord } from './read.js';
import { CIVO_IMAGE_NOT_FOUND, civoUpstreamError } from './errors.js';

export type CivoClientOptions = UpstreamClientOptions;

/** Civo API v2. Every method is one upstream GET; region codes are sent upper-case. */
export interface CivoClient {
  listRegions(signal?: AbortSignal): Promise<CivoRegionRecord[]>;
  /** Every image of one region, the account's custom images included. */
  listDiskImages(region: string, signal?: AbortSignal): Promise<CivoImageRecord[]>;
  /** One image, or null when the region has no image with that id. */
  getDiskImage(region: string, id: string, signal?: AbortSignal): Promise<CivoImageRecord | null>;
}

// civogo and the Civo CLI do not retry at all: retry only what says "later", and once.
const RETRY_STATUS_CODES = [429, 502, 503, 504];
const MAX_RETRIES = 1;

export function createCivoClient(options: CivoClientOptions): CivoClient {
  const http = createUpstreamHttp({
    ...options.http,
    retryLimit: Math.min(options.http.retryLimit, MAX_RETRIES),
    userAgent: options.userAgent,
    baseUrl: options.apiUrl,
    // Civo matches the scheme word case-insensitively; `bearer` is what its CLI sends.
    authorization: `bearer ${options.apiKey}`,
    secret: options.apiKey,
    retryStatusCodes: RETRY_STATUS_CODES,
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });

  /** The one place every Civo call passes through: where a cache or circuit breaker would go. */
  async function get<T>(
    path: string,
    region: string | undefined,
    read: (body: unknown, report: DriftReporter) => T,
    signal: AbortSignal | undefined,
  ): Promise<T> {
    const searchParams = new URLSearchParams();
    // Without `region` Civo answers for a random region: always send it.
    if (region !== undefined) searchParams.set('region', region.toUpperCase());
    return observeCall(
      options.events,
      { provider: 'civo', partition: region?.toUpperCase() ?? '-' },
      async (onRetry) => {
        try {
          return await http.getJson(path, {
            searchParams,
            read: (body) => read(body, options.reportDrift),
            onRetry,
            ...(signal ? { signal } : {}),
          });
        } catch (error) {
          if (!(error instanceof UpstreamFailureError)) throw error;
          throw withoutSecret(
            civoUpstreamError(error.failure, { provider: 'civo', ...(region ? { region: region.toUpperCase() } : {}) }),
            options.apiKey,
          );
        }
      },
    );
  }

  return {
    listRegions(signal) {
      return get('v2/regions', undefined, readCivoRegions, signal);
    },

    listDiskImages(region, signal) {
      return get('v2/disk_images', region, readCivoImages, signal);
    },

    async getDiskImage(region, id, signal) {
      try {
        return await get(`v2/disk_images/${encodeURIComponent(id)}`, region, readCivoImage, signal);
      } catch (error) {
        if (isImageNotFound(error)) return null;
        throw error;
      }
    },
  };
}

function isImageNotFound(error: unknown): boolean {
  return (
    error instanceof UpstreamError &&
    error.details.upstreamStatus === 404 &&
    error.details.upstreamCode === CIVO_IMAGE_NOT_FOUND
  );
}

import { UpstreamError } from '../../errors.js';
import { withoutSecret } from '../../upstream/failure-errors.js';
import { createUpstreamHttp, UpstreamFailureError, type UpstreamHttpSettings } from '../../upstream/http-client.js';
import type { z } from 'zod';
import { civoDiskImageListShape, civoDiskImageShape, civoRegionListShape } from './api-shapes.js';
import type { CivoApiDiskImage, CivoApiRegion } from './api-types.js';
import { CIVO_IMAGE_NOT_FOUND, civoUpstreamError } from './errors.js';

export interface CivoClientOptions {
  apiKey: string;
  apiUrl: string;
  http: UpstreamHttpSettings;
  fetch?: typeof globalThis.fetch;
}

/** Civo API v2. Every method is one upstream GET; region codes are sent upper-case. */
export interface CivoClient {
  listRegions(signal?: AbortSignal): Promise<CivoApiRegion[]>;
  /** Every image of one region (`custom: true`: only the account's custom images). */
  listDiskImages(region: string, options: { custom: boolean; signal?: AbortSignal }): Promise<CivoApiDiskImage[]>;
  /** One image, or null when the region has no image with that id. */
  getDiskImage(region: string, id: string, signal?: AbortSignal): Promise<CivoApiDiskImage | null>;
}

// Civo's CLI retries like the Gcore SDKs do; 409 is not a transient status there.
const RETRY_STATUS_CODES = [408, 429, 500, 502, 503, 504];

export function createCivoClient(options: CivoClientOptions): CivoClient {
  const http = createUpstreamHttp({
    ...options.http,
    baseUrl: options.apiUrl,
    // Civo matches the scheme word case-insensitively; `bearer` is what its CLI sends.
    authorization: `bearer ${options.apiKey}`,
    retryStatusCodes: RETRY_STATUS_CODES,
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });

  /** The one place every Civo call passes through: where a cache or circuit breaker would go. */
  async function get<T>(
    path: string,
    region: string | undefined,
    shape: z.ZodType<T>,
    signal: AbortSignal | undefined,
    extra: Record<string, string> = {},
  ): Promise<T> {
    const searchParams = new URLSearchParams(extra);
    // Without `region` Civo answers for a random region: always send it.
    if (region !== undefined) searchParams.set('region', region.toUpperCase());
    try {
      return await http.getJson(path, { searchParams, shape, ...(signal ? { signal } : {}) });
    } catch (error) {
      if (!(error instanceof UpstreamFailureError)) throw error;
      throw withoutSecret(
        civoUpstreamError(error.failure, { provider: 'civo', ...(region ? { region: region.toUpperCase() } : {}) }),
        options.apiKey,
      );
    }
  }

  return {
    listRegions(signal) {
      return get('v2/regions', undefined, civoRegionListShape, signal);
    },

    listDiskImages(region, { custom, signal }) {
      return get('v2/disk_images', region, civoDiskImageListShape, signal, custom ? { type: 'custom' } : {});
    },

    async getDiskImage(region, id, signal) {
      try {
        return await get(`v2/disk_images/${encodeURIComponent(id)}`, region, civoDiskImageShape, signal);
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

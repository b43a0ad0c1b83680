import type { CivoConfig } from './settings.js';
import { ErrorCode, UpstreamError } from '../../errors.js';
import { once } from '../../shared/once.js';
import type { AccountListings } from '../../catalog-cache/listing-cache.js';
import type { CivoRegionRecord } from './read.js';
import type { CivoClient } from './client.js';

/**
 * Civo's region list, shared across requests: it changes rarely and every query that
 * defaults a region or fans out over regions needs it.
 */
export interface CivoDirectory {
  regions(): Promise<CivoRegionRecord[]>;
  /** CIVO_REGIONS, or every listed region with the API's default one first. */
  configuredRegions(): Promise<string[]>;
  /** Where region-less queries go: the first configured region, never a random one. */
  defaultRegion(): Promise<string>;
  /** The same answers for one request, from at most one region list call in all. */
  forRequest(): CivoDirectory;
}

export function createCivoDirectory(client: CivoClient, config: CivoConfig, catalog: AccountListings): CivoDirectory {
  // Shared by all requests (and instances, through Redis), so no request's abort signal may cancel it.
  return directoryOver(
    () => catalog.discovery('regions', { provider: 'civo' }, (signal) => client.listRegions(signal)),
    config,
  );
}

function directoryOver(regions: () => Promise<CivoRegionRecord[]>, config: CivoConfig): CivoDirectory {
  async function configuredRegions(): Promise<string[]> {
    if (config.regions) return config.regions;
    const listed = await regions();
    const ordered = [...listed.filter((region) => region.default), ...listed.filter((region) => !region.default)];
    return ordered.map((region) => region.code.toUpperCase());
  }

  return {
    regions,
    configuredRegions,
    async defaultRegion() {
      const [first] = await configuredRegions();
      // An account with no regions is not something a default can fix.
      if (first === undefined) {
        throw new UpstreamError('Civo lists no regions for this key, so there is no default region: pass `region`.', {
          code: ErrorCode.UPSTREAM_NOT_FOUND,
          partition: { provider: 'civo' },
        });
      }
      return first;
    },
    forRequest: () => directoryOver(once(regions), config),
  };
}

// Its GraphQL types and root fields register on the schema builder when loaded.
import './graphql/civo-region.js';
import './graphql/civo-disk-image.js';
import type { ProviderPlugin } from '../plugin.js';
import { civoCatalog } from './catalog-provider.js';
import { createCivoClient } from './client.js';
import { createCivoDirectory } from './directory.js';
import { createCivoLoaders } from './loaders.js';
import { parseCivoRegionCode } from './region-code.js';
import type { CivoRequestScope, CivoServices } from './scope.js';

/** Civo (API v2) as a plug-in. */
export const civoProvider: ProviderPlugin<CivoServices, CivoRequestScope> = {
  name: 'CIVO',
  description: 'Civo (API v2).',
  label: 'Civo',
  keySetting: 'CIVO_API_KEY',
  secrets: (config) => (config.civo ? [config.civo.apiKey] : []),
  imageType: 'CivoDiskImage',
  regionType: 'CivoRegion',
  catalog: civoCatalog,
  parseRegionCode: parseCivoRegionCode,
  createServices(config, { discoveryTtlMs, drift, userAgent, fetch }) {
    if (!config.civo) return null;
    const { apiKey, apiUrl } = config.civo;
    const client = createCivoClient({
      apiKey,
      apiUrl,
      http: config.upstream,
      userAgent,
      reportDrift: drift.reporterFor('CIVO'),
      ...(fetch ? { fetch } : {}),
    });
    return { client, directory: createCivoDirectory(client, config.civo, discoveryTtlMs) };
  },
  // Discovery is shared across requests (DISCOVERY_TTL_SECONDS) and asked at most once within one.
  forRequest: (services, request) => ({
    ...services,
    directory: services.directory.forRequest(),
    loaders: createCivoLoaders(services.client, request),
  }),
};

// Its GraphQL types and root fields register on the schema builder when loaded.
import './graphql/civo-region.js';
import './graphql/civo-disk-image.js';
import { apiKeyClientOptions } from '../api-key-settings.js';
import type { ProviderPlugin } from '../plugin.js';
import { civoCatalog } from './catalog-provider.js';
import { createCivoClient } from './client.js';
import { createCivoDirectory } from './directory.js';
import { createCivoLoaders } from './loaders.js';
import { parseCivoRegionCode } from './region-code.js';
import type { CivoRequestScope, CivoServices } from './scope.js';
import { readCivoSettings, type CivoConfig } from './settings.js';

/** Civo (API v2) as a plug-in. */
export const civoProvider: ProviderPlugin<CivoConfig, CivoServices, CivoRequestScope> = {
  name: 'CIVO',
  description: 'Civo (API v2).',
  label: 'Civo',
  keySetting: 'CIVO_API_KEY',
  readSettings: readCivoSettings,
  secrets: (config) => [config.apiKey],
  imageType: 'CivoDiskImage',
  regionType: 'CivoRegion',
  catalog: civoCatalog,
  regionExample: 'LON1',
  parseRegionCode: parseCivoRegionCode,
  createServices(config, shared) {
    const client = createCivoClient(apiKeyClientOptions('CIVO', config, shared));
    return { client, directory: createCivoDirectory(client, config, shared.catalog) };
  },
  // Discovery is cached across requests (DISCOVERY_TTL_SECONDS) and asked at most once within one.
  forRequest: (services, request) => ({
    ...services,
    directory: services.directory.forRequest(),
    loaders: createCivoLoaders(services.client, request),
  }),
};

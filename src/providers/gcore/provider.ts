// Its GraphQL types and root fields register on the schema builder when loaded.
import './graphql/gcore-region.js';
import './graphql/gcore-project.js';
import './graphql/gcore-image.js';
import { apiKeyClientOptions } from '../api-key-settings.js';
import type { ProviderPlugin } from '../plugin.js';
import { gcoreCatalog } from './catalog-provider.js';
import { createGcoreClient } from './client.js';
import { createGcoreDirectory } from './directory.js';
import { createGcoreLoaders } from './loaders.js';
import { parseGcoreRegionCode } from './region-code.js';
import type { GcoreRequestScope, GcoreServices } from './scope.js';
import { readGcoreSettings, type GcoreConfig } from './settings.js';

/** Gcore Cloud (API v1) as a plug-in. */
export const gcoreProvider: ProviderPlugin<GcoreConfig, GcoreServices, GcoreRequestScope> = {
  name: 'GCORE',
  description: 'Gcore Cloud (API v1).',
  label: 'Gcore',
  keySetting: 'GCORE_API_KEY',
  readSettings: readGcoreSettings,
  secrets: (config) => [config.apiKey],
  imageType: 'GcoreImage',
  regionType: 'GcoreRegion',
  catalog: gcoreCatalog,
  regionExample: '76',
  parseRegionCode: parseGcoreRegionCode,
  createServices(config, shared) {
    const client = createGcoreClient(apiKeyClientOptions('GCORE', config, shared));
    return { client, directory: createGcoreDirectory(client, config, shared.catalog) };
  },
  // Discovery is cached across requests (DISCOVERY_TTL_SECONDS) and asked at most once within one.
  forRequest: (services, request) => ({
    ...services,
    directory: services.directory.forRequest(),
    loaders: createGcoreLoaders(services.client, request),
  }),
};

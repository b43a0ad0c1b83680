import type { CloudProvider } from '../catalog/disk-image.js';
import type { AccountListings, CatalogCache } from '../catalog-cache/listing-cache.js';
import type { AppConfig } from '../config.js';
import type { DriftLog } from '../upstream/drift-log.js';
import { USER_AGENT } from '../version.js';
import './index.js';
import { registeredProviders, type ProviderPlugin, type SharedServices } from './plugin.js';

/** Long-lived, per-process pieces of each configured provider (those with a key). */
export interface ConfiguredProvider {
  provider: ProviderPlugin;
  services: unknown;
  /** Its account's listings in the catalog cache. */
  listings: AccountListings;
}

export interface ProviderServices {
  configured: ReadonlyMap<CloudProvider, ConfiguredProvider>;
  /** Partition listings across requests (CATALOG_TTL_SECONDS, REDIS_URL). */
  cache: CatalogCache;
  /** What upstream drift the clients have read around (logged once per kind, counted). */
  drift: DriftLog;
}

/** What createServer hands over; the user agent is the service's own. */
export type ProviderServicesOptions = Omit<SharedServices, 'userAgent' | 'http' | 'catalog'> & { cache: CatalogCache };

export function createProviderServices(config: AppConfig, options: ProviderServicesOptions): ProviderServices {
  const { cache, ...rest } = options;
  const shared = { ...rest, http: config.upstream, userAgent: USER_AGENT };
  const configured = new Map<CloudProvider, ConfiguredProvider>();
  for (const provider of registeredProviders()) {
    const settings = config.providers.get(provider.name)?.config;
    if (!settings) continue;
    const listings = cache.account(provider.name, provider.secrets(settings));
    configured.set(provider.name, {
      provider,
      services: provider.createServices(settings, { ...shared, catalog: listings }),
      listings,
    });
  }
  return { configured, cache, drift: options.drift };
}

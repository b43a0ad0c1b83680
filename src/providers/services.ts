import type { CloudProvider } from '../catalog/disk-image.js';
import type { AppConfig } from '../config.js';
import type { DriftLog } from '../upstream/drift-log.js';
import { USER_AGENT } from '../version.js';
import './index.js';
import { registeredProviders, type ProviderPlugin, type SharedServices } from './plugin.js';

/** Long-lived, per-process pieces of each configured provider (those with a key). */
export interface ProviderServices {
  configured: ReadonlyMap<CloudProvider, { provider: ProviderPlugin; services: unknown }>;
  /** What upstream drift the clients have read around (logged once per kind, counted). */
  drift: DriftLog;
}

/** What createServer hands over; the user agent is the service's own. */
export type ProviderServicesOptions = Omit<SharedServices, 'userAgent' | 'http'>;

export function createProviderServices(config: AppConfig, options: ProviderServicesOptions): ProviderServices {
  const shared = { ...options, http: config.upstream, userAgent: USER_AGENT };
  const configured = new Map<CloudProvider, { provider: ProviderPlugin; services: unknown }>();
  for (const provider of registeredProviders()) {
    const settings = config.providers.get(provider.name)?.config;
    if (settings) configured.set(provider.name, { provider, services: provider.createServices(settings, shared) });
  }
  return { configured, drift: options.drift };
}

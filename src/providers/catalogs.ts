import type { CloudProvider } from '../catalog/disk-image.js';
import type { ProviderCatalog } from '../catalog/provider-catalog.js';
import { providerNamed, registeredProviders } from './plugin.js';

/** The providers the catalog searches, in answer order. */
export function catalogProviders(): CloudProvider[] {
  return registeredProviders().map((provider) => provider.name);
}

/** The catalog side of the provider a partition or image belongs to. */
export function catalogOf(provider: CloudProvider): ProviderCatalog {
  return providerNamed(provider).catalog;
}

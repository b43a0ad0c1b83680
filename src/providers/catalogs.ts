import type { CloudProvider } from '../catalog/disk-image.js';
import type { ProviderCatalog } from '../catalog/provider-catalog.js';
import { civoCatalog } from './civo/catalog-provider.js';
import { gcoreCatalog } from './gcore/catalog-provider.js';

/** Every provider the catalog searches, in answer order; a provider left out does not compile. */
export const PROVIDER_CATALOGS: { [P in CloudProvider]: ProviderCatalog<P> } = {
  CIVO: civoCatalog,
  GCORE: gcoreCatalog,
};

export const CATALOG_PROVIDERS = Object.keys(PROVIDER_CATALOGS) as CloudProvider[];

/** The catalog of the provider a partition or image belongs to. */
export function catalogOf(provider: CloudProvider): ProviderCatalog {
  // Each entry takes its own provider's partitions and images; callers pass only those.
  return PROVIDER_CATALOGS[provider] as unknown as ProviderCatalog;
}

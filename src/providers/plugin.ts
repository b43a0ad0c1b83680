import type { CloudProvider } from '../catalog/disk-image.js';
import type { ProviderCatalog } from '../catalog/provider-catalog.js';
import type { AppConfig } from '../config.js';
import type { Context } from '../context.js';
import { providerNotConfigured } from '../errors.js';
import type { DriftLog } from '../upstream/drift-log.js';
import type { RequestTools } from './partition-loaders.js';

/** What every provider's per-process pieces are built with. */
export interface SharedServices {
  /** How long region and project lists are kept across requests. */
  discoveryTtlMs: number;
  drift: DriftLog;
  userAgent: string;
  fetch?: typeof globalThis.fetch;
}

/**
 * One cloud, as a plug-in: everything else of it stays in its folder. The catalog, the schema
 * (the CloudProvider enum, DiskImage and Region type resolution) and the request context find
 * providers here only.
 */
export interface ProviderPlugin<Services = unknown, Scope = unknown> {
  /** The CloudProvider enum value (`CIVO`). */
  name: CloudProvider;
  /** The enum value's description. */
  description: string;
  /** Its name for people (`Civo`), and the setting that configures it (`CIVO_API_KEY`). */
  label: string;
  keySetting: string;
  /** Its secrets in these settings (API keys): the logger cuts them out of everything it writes. */
  secrets(config: AppConfig): string[];
  /** Its GraphQL types for the DiskImage and Region interfaces. */
  imageType: string;
  regionType: string;
  catalog: ProviderCatalog;
  /** Its region code syntax: the code as this API spells it, or null when it is not one. */
  parseRegionCode(value: string): string | null;
  /** Its per-process pieces (client, cached discovery) from the settings; null without its key. */
  createServices(config: AppConfig, shared: SharedServices): Services | null;
  /** What one request uses (its DataLoaders, its view of discovery). */
  forRequest(services: Services, request: RequestTools): Scope;
}

// The registered providers, in answer order (src/providers/index.ts registers the built-in ones).
const providers: ProviderPlugin[] = [];
let sealed = false;

/** Adds a provider (src/providers/index.ts; a test adds a test-only one) before the schema is built. */
export function registerProvider<Services, Scope>(provider: ProviderPlugin<Services, Scope>): void {
  if (sealed) throw new Error(`Provider ${provider.name} registered after the schema was built.`);
  if (providers.some((known) => known.name === provider.name)) throw new Error(`Provider ${provider.name} twice.`);
  providers.push(provider as ProviderPlugin);
}

export function registeredProviders(): readonly ProviderPlugin[] {
  // An empty registry would silently search nothing: say what is missing instead.
  if (providers.length === 0) throw new Error('No provider is registered: import src/providers/index.js first.');
  return providers;
}

/** Called when the schema is built: the provider list is fixed from then on. */
export function sealProviders(): readonly ProviderPlugin[] {
  sealed = true;
  return registeredProviders();
}

/**
 * A configured provider's scope of this request; PROVIDER_NOT_CONFIGURED (naming `keySetting`)
 * when it has no key. Each provider wraps this once, typed, in its scope.ts.
 */
export function requireScope<Scope>(
  context: Pick<Context, 'scopes'>,
  { name, label, keySetting }: Pick<ProviderPlugin, 'name' | 'label' | 'keySetting'>,
): Scope {
  const scope = context.scopes.get(name);
  if (!scope) throw providerNotConfigured(name, label, keySetting);
  return scope as Scope;
}

export function providerNamed(name: CloudProvider): ProviderPlugin {
  const provider = registeredProviders().find((candidate) => candidate.name === name);
  if (!provider) throw new Error(`No provider ${name}`);
  return provider;
}

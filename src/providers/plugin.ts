import type { CloudProvider } from '../catalog/disk-image.js';
import type { ProviderCatalog } from '../catalog/provider-catalog.js';
import type { Env } from '../config-readers.js';
import type { Context } from '../context.js';
import { providerNotConfigured } from '../errors.js';
import type { DriftLog } from '../upstream/drift-log.js';
import type { UpstreamEvents } from '../upstream/call-events.js';
import type { UpstreamHttpSettings } from '../upstream/http-client.js';
import type { RequestTools } from './partition-loaders.js';
import type { AccountListings } from '../catalog-cache/listing-cache.js';

/** What each provider's per-process pieces are built with. */
export interface SharedServices {
  /** This provider account's cache: its partition listings, and its discovery lists (`catalog.discovery`). */
  catalog: AccountListings;
  drift: DriftLog;
  /** Told of every upstream call and retry (metrics, the request's own count). */
  upstreamEvents: UpstreamEvents;
  /** UPSTREAM_TIMEOUT_MS and the retry settings every client follows. */
  http: UpstreamHttpSettings;
  userAgent: string;
  fetch?: typeof globalThis.fetch;
}

/** A provider's reading of its own environment variables. */
export interface ProviderSettings<Config> {
  /** Null when it is not configured (its key is unset). */
  config: Config | null;
  /** Variables that were set but mean nothing in demo mode (its API URL: the emulator answers). */
  ignoredInDemo: string[];
  /** Its configuration with every other setting kept, but pointed at this server and key (demo mode's emulator). */
  pointedAt(apiUrl: string, apiKey: string): Config;
}

/**
 * One cloud, as a plug-in: everything else of it stays in its folder. The catalog, the schema
 * (the CloudProvider enum, DiskImage and Region type resolution) and the request context find
 * providers here only.
 */
export interface ProviderPlugin<Config = unknown, Services = unknown, Scope = unknown> {
  /** The CloudProvider enum value (`CIVO`). */
  name: CloudProvider;
  /** The enum value's description. */
  description: string;
  /** Its name for people (`Civo`), and the setting that configures it (`CIVO_API_KEY`). */
  label: string;
  keySetting: string;
  /** Reads and checks its variables; each one that is set is checked, even in demo mode. */
  readSettings(env: Env): ProviderSettings<Config>;
  /** Its secrets in its configuration (API keys): the logger cuts them out of everything it writes. */
  secrets(config: Config): string[];
  /** Its GraphQL types for the DiskImage and Region interfaces. */
  imageType: string;
  regionType: string;
  catalog: ProviderCatalog;
  /** One of its region codes, for messages (`LON1`). */
  regionExample: string;
  /** Its region code syntax: the code as this API spells it, or null when it is not one. */
  parseRegionCode(value: string): string | null;
  /** Its per-process pieces (client, cached discovery), built only when it is configured. */
  createServices(config: Config, shared: SharedServices): Services;
  /** What one request uses (its DataLoaders, its view of discovery). */
  forRequest(services: Services, request: RequestTools): Scope;
}

// The registered providers, in answer order (src/providers/index.ts registers the built-in ones).
const providers: ProviderPlugin[] = [];
let sealed = false;

/** Adds a provider (src/providers/index.ts; a test adds a test-only one) before the schema is built. */
export function registerProvider<Config, Services, Scope>(provider: ProviderPlugin<Config, Services, Scope>): void {
  if (sealed) throw new Error(`Provider ${provider.name} registered after the schema was built.`);
  if (providers.some((known) => known.name === provider.name)) throw new Error(`Provider ${provider.name} twice.`);
  providers.push(provider as unknown as ProviderPlugin);
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

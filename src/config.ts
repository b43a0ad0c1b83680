import { integer, type Env } from './config-readers.js';
import { readCivoSettings, type CivoConfig, type CivoSelection } from './providers/civo/settings.js';
import { readGcoreSettings, type GcoreConfig, type GcoreSelection } from './providers/gcore/settings.js';
import { DEFAULT_UPSTREAM_HTTP_SETTINGS, type UpstreamHttpSettings } from './upstream/http-client.js';

export { ConfigError } from './config-readers.js';
export { DEFAULT_CIVO_API_URL, type CivoConfig, type CivoSelection } from './providers/civo/settings.js';
export { DEFAULT_GCORE_API_URL, type GcoreConfig, type GcoreSelection } from './providers/gcore/settings.js';

/** Everything the service reads from its environment (README, "Settings"). */
export interface AppConfig {
  port: number;
  /** No key was set at all: serve the built-in emulator's catalog. */
  demo: boolean;
  /** Null without CIVO_API_KEY (so also in demo mode, where main.ts builds one for the emulator). */
  civo: CivoConfig | null;
  /** Null without GCORE_API_KEY (so also in demo mode, where main.ts builds one for the emulator). */
  gcore: GcoreConfig | null;
  /**
   * CIVO_REGIONS, GCORE_PROJECT_IDS and GCORE_REGION_IDS, parsed whether or not a key is set.
   * A configured provider carries the same values in `civo` / `gcore`; demo mode narrows the
   * emulator's catalog with them.
   */
  selection: { civo: CivoSelection; gcore: GcoreSelection };
  /**
   * Variables that were set (and validated) but have no effect because no key is set: in demo
   * mode CIVO_API_URL and GCORE_API_URL, since the built-in emulator stands in for both APIs.
   * Empty outside demo mode.
   */
  ignoredInDemo: string[];
  /** EMULATOR_LATENCY_MS: latency the in-process emulator adds in demo mode. */
  demoLatencyMs: number;
  upstream: UpstreamHttpSettings;
  /** Most distinct partitions (Civo regions, Gcore project × region) one request may search. */
  maxPartitionsPerQuery: number;
  /** How long region and project lists are kept across requests, in milliseconds. */
  discoveryTtlMs: number;
  /** Shape limits checked before an operation runs (MAX_QUERY_ALIASES). */
  queryLimits: { maxAliases: number };
}

/**
 * Reads and validates every setting. Each variable that is set is checked whatever the mode,
 * so a typo fails start-up even when, as in demo mode, the value would not be used.
 */
export function loadConfig(env: Env = process.env): AppConfig {
  const civo = readCivoSettings(env);
  const gcore = readGcoreSettings(env);
  const demo = civo.apiKey === undefined && gcore.apiKey === undefined;
  return {
    port: integer(env, 'PORT', 4000, { min: 0, max: 65_535 }),
    demo,
    civo: civo.apiKey === undefined ? null : { apiKey: civo.apiKey, apiUrl: civo.apiUrl, ...civo.selection },
    gcore: gcore.apiKey === undefined ? null : { apiKey: gcore.apiKey, apiUrl: gcore.apiUrl, ...gcore.selection },
    selection: { civo: civo.selection, gcore: gcore.selection },
    ignoredInDemo: demo
      ? [civo.urlSet ? 'CIVO_API_URL' : null, gcore.urlSet ? 'GCORE_API_URL' : null].filter((name) => name !== null)
      : [],
    demoLatencyMs: integer(env, 'EMULATOR_LATENCY_MS', 0, { min: 0, max: 60_000 }),
    upstream: {
      timeoutMs: integer(env, 'UPSTREAM_TIMEOUT_MS', DEFAULT_UPSTREAM_HTTP_SETTINGS.timeoutMs, {
        min: 1,
        max: 300_000,
      }),
      retryLimit: integer(env, 'UPSTREAM_RETRY_LIMIT', DEFAULT_UPSTREAM_HTTP_SETTINGS.retryLimit, { min: 0, max: 10 }),
      retryBaseDelayMs: integer(env, 'UPSTREAM_RETRY_DELAY_MS', DEFAULT_UPSTREAM_HTTP_SETTINGS.retryBaseDelayMs, {
        min: 0,
        max: 60_000,
      }),
      maxRetryAfterMs: integer(env, 'UPSTREAM_MAX_RETRY_AFTER_MS', DEFAULT_UPSTREAM_HTTP_SETTINGS.maxRetryAfterMs, {
        min: 0,
        max: 300_000,
      }),
    },
    maxPartitionsPerQuery: integer(env, 'MAX_PARTITIONS_PER_QUERY', 100, { min: 1, max: 10_000 }),
    discoveryTtlMs: integer(env, 'DISCOVERY_TTL_SECONDS', 300, { min: 0, max: 86_400 }) * 1000,
    queryLimits: {
      maxAliases: integer(env, 'MAX_QUERY_ALIASES', 30, { min: 0, max: 1_000 }),
    },
  };
}

/**
 * Demo mode's configuration: both providers pointed at the built-in emulator with its keys,
 * searching what CIVO_REGIONS / GCORE_PROJECT_IDS / GCORE_REGION_IDS select, exactly as a
 * real account would be.
 */
export function withDemoProviders(
  config: AppConfig,
  emulator: { apiUrl: string; civoApiKey: string; gcoreApiKey: string },
): AppConfig {
  return {
    ...config,
    civo: { apiKey: emulator.civoApiKey, apiUrl: emulator.apiUrl, ...config.selection.civo },
    gcore: { apiKey: emulator.gcoreApiKey, apiUrl: emulator.apiUrl, ...config.selection.gcore },
  };
}

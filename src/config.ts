import { DEFAULT_UPSTREAM_HTTP_SETTINGS, type UpstreamHttpSettings } from './upstream/http-client.js';

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

/** Which part of a Civo account is searched. */
export interface CivoSelection {
  /** Upper-case codes; undefined: every region `/v2/regions` lists. */
  regions?: string[];
}

/** Which part of a Gcore account is searched. */
export interface GcoreSelection {
  /** undefined: every project `/cloud/v1/projects` lists. */
  projectIds?: number[];
  /** undefined: every ACTIVE region `/cloud/v1/regions` lists. */
  regionIds?: number[];
}

export interface CivoConfig extends CivoSelection {
  apiKey: string;
  apiUrl: string;
}

export interface GcoreConfig extends GcoreSelection {
  apiKey: string;
  apiUrl: string;
}

/** A bad setting. Start-up prints its message, one line naming the variable, and exits. */
export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    problem: string,
  ) {
    super(`${variable}: ${problem}`);
    this.name = 'ConfigError';
  }
}

export const DEFAULT_CIVO_API_URL = 'https://api.civo.com';
export const DEFAULT_GCORE_API_URL = 'https://api.gcore.com';

type Env = Record<string, string | undefined>;

/**
 * Reads and validates every setting. Each variable that is set is checked whatever the mode,
 * so a typo fails start-up even when, as in demo mode, the value would not be used.
 */
export function loadConfig(env: Env = process.env): AppConfig {
  const civoKey = nonEmpty(env.CIVO_API_KEY);
  const gcoreKey = nonEmpty(env.GCORE_API_KEY);
  const demo = civoKey === undefined && gcoreKey === undefined;
  const civoApiUrl = url(env, 'CIVO_API_URL', DEFAULT_CIVO_API_URL);
  const gcoreApiUrl = url(env, 'GCORE_API_URL', DEFAULT_GCORE_API_URL);
  const civoSelection: CivoSelection = {
    ...optional(
      'regions',
      list(env, 'CIVO_REGIONS', (item) => civoRegionCode(item, 'CIVO_REGIONS')),
    ),
  };
  const gcoreSelection: GcoreSelection = {
    ...optional(
      'projectIds',
      list(env, 'GCORE_PROJECT_IDS', (item) => positiveId(item, 'GCORE_PROJECT_IDS')),
    ),
    ...optional(
      'regionIds',
      list(env, 'GCORE_REGION_IDS', (item) => positiveId(item, 'GCORE_REGION_IDS')),
    ),
  };
  return {
    port: integer(env, 'PORT', 4000, { min: 0, max: 65_535 }),
    demo,
    civo: civoKey === undefined ? null : { apiKey: civoKey, apiUrl: civoApiUrl, ...civoSelection },
    gcore: gcoreKey === undefined ? null : { apiKey: gcoreKey, apiUrl: gcoreApiUrl, ...gcoreSelection },
    selection: { civo: civoSelection, gcore: gcoreSelection },
    ignoredInDemo: demo
      ? ['CIVO_API_URL', 'GCORE_API_URL'].filter((variable) => nonEmpty(env[variable]) !== undefined)
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

/** Civo region codes look like `LON1`; the API matches them case-insensitively. */
export const CIVO_REGION_CODE = /^[A-Za-z][A-Za-z0-9-]{1,31}$/;

export function civoRegionCode(value: string, variable: string): string {
  if (!CIVO_REGION_CODE.test(value)) throw new ConfigError(variable, `"${value}" is not a region code (like LON1)`);
  return value.toUpperCase();
}

function positiveId(value: string, variable: string): number {
  // Leading zeros are allowed, as in the `regions` filter (`076` is region 76).
  if (!/^0*[1-9][0-9]{0,15}$/.test(value)) throw new ConfigError(variable, `"${value}" is not a positive integer id`);
  return Number(value);
}

function nonEmpty(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

function url(env: Env, variable: string, fallback: string): string {
  const value = nonEmpty(env[variable]);
  if (value === undefined) return fallback;
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    throw new ConfigError(variable, `"${value}" is not a URL`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
    throw new ConfigError(variable, `"${value}" must be an http(s) URL`);
  if (parsed.search || parsed.hash) throw new ConfigError(variable, `"${value}" must not have a query or fragment`);
  // ky joins prefixUrl and path with one slash; keep the base without a trailing one.
  return parsed.href.replace(/\/+$/, '');
}

function integer(env: Env, variable: string, fallback: number, { min, max }: { min: number; max: number }): number {
  const value = nonEmpty(env[variable]);
  if (value === undefined) return fallback;
  if (!/^-?[0-9]+$/.test(value)) throw new ConfigError(variable, `"${value}" is not an integer`);
  const number = Number(value);
  if (number < min || number > max) throw new ConfigError(variable, `${number} is outside ${min}..${max}`);
  return number;
}

function list<T>(env: Env, variable: string, parse: (item: string) => T): T[] | undefined {
  const value = nonEmpty(env[variable]);
  if (value === undefined) return undefined;
  const items = value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
  if (items.length === 0) throw new ConfigError(variable, 'is empty; unset it to discover from the API');
  return [...new Set(items.map(parse))];
}

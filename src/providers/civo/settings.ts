import { ConfigError, list, optional, type Env } from '../../config-readers.js';
import { apiKeySettings, type ApiKeyConfig } from '../api-key-settings.js';
import type { ProviderSettings } from '../plugin.js';

/** Civo's settings: CIVO_API_KEY, CIVO_API_URL, CIVO_REGIONS (README, "Settings"). */
export const DEFAULT_CIVO_API_URL = 'https://api.civo.com';

/** Which part of a Civo account is searched. */
export interface CivoSelection {
  /** Upper-case codes; undefined: every region `/v2/regions` lists. */
  regions?: string[];
}

export type CivoConfig = ApiKeyConfig & CivoSelection;

/** Civo region codes look like `LON1`; the API matches them case-insensitively. */
export const CIVO_REGION_CODE = /^[A-Za-z][A-Za-z0-9-]{1,31}$/;

export function civoRegionCode(value: string, variable: string): string {
  if (!CIVO_REGION_CODE.test(value)) throw new ConfigError(variable, `"${value}" is not a region code (like LON1)`);
  return value.toUpperCase();
}

/** Every Civo variable, validated whether or not a key is set. */
export function readCivoSettings(env: Env): ProviderSettings<CivoConfig> {
  const selection: CivoSelection = optional(
    'regions',
    list(env, 'CIVO_REGIONS', (item) => civoRegionCode(item, 'CIVO_REGIONS')),
  );
  return apiKeySettings(env, { key: 'CIVO_API_KEY', url: 'CIVO_API_URL', defaultUrl: DEFAULT_CIVO_API_URL }, selection);
}

import { ConfigError, list, nonEmpty, optional, url, type Env } from '../../config-readers.js';

/** Civo's settings: CIVO_API_KEY, CIVO_API_URL, CIVO_REGIONS (README, "Settings"). */
export const DEFAULT_CIVO_API_URL = 'https://api.civo.com';

/** Which part of a Civo account is searched. */
export interface CivoSelection {
  /** Upper-case codes; undefined: every region `/v2/regions` lists. */
  regions?: string[];
}

export interface CivoConfig extends CivoSelection {
  apiKey: string;
  apiUrl: string;
}

/** Civo region codes look like `LON1`; the API matches them case-insensitively. */
export const CIVO_REGION_CODE = /^[A-Za-z][A-Za-z0-9-]{1,31}$/;

export function civoRegionCode(value: string, variable: string): string {
  if (!CIVO_REGION_CODE.test(value)) throw new ConfigError(variable, `"${value}" is not a region code (like LON1)`);
  return value.toUpperCase();
}

/** Every Civo variable, validated whether or not a key is set. */
export function readCivoSettings(env: Env): {
  apiKey?: string;
  apiUrl: string;
  urlSet: boolean;
  selection: CivoSelection;
} {
  const apiKey = nonEmpty(env.CIVO_API_KEY);
  return {
    ...(apiKey ? { apiKey } : {}),
    apiUrl: url(env, 'CIVO_API_URL', DEFAULT_CIVO_API_URL),
    urlSet: nonEmpty(env.CIVO_API_URL) !== undefined,
    selection: {
      ...optional(
        'regions',
        list(env, 'CIVO_REGIONS', (item) => civoRegionCode(item, 'CIVO_REGIONS')),
      ),
    },
  };
}

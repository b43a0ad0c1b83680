import { list, nonEmpty, optional, positiveId, url, type Env } from '../../config-readers.js';

/** Gcore's settings: GCORE_API_KEY, GCORE_API_URL, GCORE_PROJECT_IDS, GCORE_REGION_IDS (README, "Settings"). */
export const DEFAULT_GCORE_API_URL = 'https://api.gcore.com';

/** Which part of a Gcore account is searched. */
export interface GcoreSelection {
  /** undefined: every project `/cloud/v1/projects` lists. */
  projectIds?: number[];
  /** undefined: every ACTIVE region `/cloud/v1/regions` lists. */
  regionIds?: number[];
}

export interface GcoreConfig extends GcoreSelection {
  apiKey: string;
  apiUrl: string;
}

/** Every Gcore variable, validated whether or not a key is set. */
export function readGcoreSettings(env: Env): {
  apiKey?: string;
  apiUrl: string;
  urlSet: boolean;
  selection: GcoreSelection;
} {
  const apiKey = nonEmpty(env.GCORE_API_KEY);
  return {
    ...(apiKey ? { apiKey } : {}),
    apiUrl: url(env, 'GCORE_API_URL', DEFAULT_GCORE_API_URL),
    urlSet: nonEmpty(env.GCORE_API_URL) !== undefined,
    selection: {
      ...optional(
        'projectIds',
        list(env, 'GCORE_PROJECT_IDS', (item) => positiveId(item, 'GCORE_PROJECT_IDS')),
      ),
      ...optional(
        'regionIds',
        list(env, 'GCORE_REGION_IDS', (item) => positiveId(item, 'GCORE_REGION_IDS')),
      ),
    },
  };
}

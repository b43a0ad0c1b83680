import { list, optional, positiveId, type Env } from '../../config-readers.js';
import { apiKeySettings, type ApiKeyConfig } from '../api-key-settings.js';
import type { ProviderSettings } from '../plugin.js';

/** Gcore's settings: GCORE_API_KEY, GCORE_API_URL, GCORE_PROJECT_IDS, GCORE_REGION_IDS (README, "Settings"). */
export const DEFAULT_GCORE_API_URL = 'https://api.gcore.com';

/** Which part of a Gcore account is searched. */
export interface GcoreSelection {
  /** undefined: every project `/cloud/v1/projects` lists. */
  projectIds?: number[];
  /** undefined: every ACTIVE region `/cloud/v1/regions` lists. */
  regionIds?: number[];
}

export type GcoreConfig = ApiKeyConfig & GcoreSelection;

/** Every Gcore variable, validated whether or not a key is set. */
export function readGcoreSettings(env: Env): ProviderSettings<GcoreConfig> {
  const selection: GcoreSelection = {
    ...optional(
      'projectIds',
      list(env, 'GCORE_PROJECT_IDS', (item) => positiveId(item, 'GCORE_PROJECT_IDS')),
    ),
    ...optional(
      'regionIds',
      list(env, 'GCORE_REGION_IDS', (item) => positiveId(item, 'GCORE_REGION_IDS')),
    ),
  };
  return apiKeySettings(
    env,
    { key: 'GCORE_API_KEY', url: 'GCORE_API_URL', defaultUrl: DEFAULT_GCORE_API_URL },
    selection,
  );
}

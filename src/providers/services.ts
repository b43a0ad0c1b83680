import type { AppConfig } from '../config.js';
import type { DriftLog } from '../upstream/drift-log.js';
import { USER_AGENT } from '../version.js';
import { createCivoClient, type CivoClient } from './civo/client.js';
import { createCivoDirectory, type CivoDirectory } from './civo/directory.js';
import { createGcoreClient, type GcoreClient } from './gcore/client.js';
import { createGcoreDirectory, type GcoreDirectory } from './gcore/directory.js';

/** Long-lived, per-process pieces of each configured provider; null when it has no key. */
export interface ProviderServices {
  civo: { client: CivoClient; directory: CivoDirectory } | null;
  gcore: { client: GcoreClient; directory: GcoreDirectory } | null;
  /** What upstream drift the clients have read around (logged once per kind, counted). */
  drift: DriftLog;
}

export interface ProviderServicesOptions {
  /** How long region and project lists are kept across requests. */
  discoveryTtlMs: number;
  drift: DriftLog;
  fetch?: typeof globalThis.fetch;
}

export function createProviderServices(
  config: AppConfig,
  { discoveryTtlMs, drift, fetch }: ProviderServicesOptions,
): ProviderServices {
  const shared = { http: config.upstream, userAgent: USER_AGENT, ...(fetch ? { fetch } : {}) };
  let civo: ProviderServices['civo'] = null;
  if (config.civo) {
    const { apiKey, apiUrl } = config.civo;
    const client = createCivoClient({ apiKey, apiUrl, ...shared, reportDrift: drift.reporterFor('CIVO') });
    civo = { client, directory: createCivoDirectory(client, config.civo, discoveryTtlMs) };
  }
  let gcore: ProviderServices['gcore'] = null;
  if (config.gcore) {
    const { apiKey, apiUrl } = config.gcore;
    const client = createGcoreClient({ apiKey, apiUrl, ...shared, reportDrift: drift.reporterFor('GCORE') });
    gcore = { client, directory: createGcoreDirectory(client, config.gcore, discoveryTtlMs) };
  }
  return { civo, gcore, drift };
}

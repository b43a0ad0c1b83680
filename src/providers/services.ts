import type { AppConfig } from '../config.js';
import { createCivoClient, type CivoClient } from './civo/client.js';
import { createCivoDirectory, type CivoDirectory } from './civo/directory.js';
import { createGcoreClient, type GcoreClient } from './gcore/client.js';
import { createGcoreDirectory, type GcoreDirectory } from './gcore/directory.js';

/** Long-lived, per-process pieces of each configured provider; null when it has no key. */
export interface ProviderServices {
  civo: { client: CivoClient; directory: CivoDirectory } | null;
  gcore: { client: GcoreClient; directory: GcoreDirectory } | null;
}

export interface ProviderServicesOptions {
  /** How long region and project lists are kept across requests. */
  discoveryTtlMs: number;
  fetch?: typeof globalThis.fetch;
}

export function createProviderServices(
  config: AppConfig,
  { discoveryTtlMs, fetch }: ProviderServicesOptions,
): ProviderServices {
  const extra = fetch ? { fetch } : {};
  let civo: ProviderServices['civo'] = null;
  if (config.civo) {
    const client = createCivoClient({
      apiKey: config.civo.apiKey,
      apiUrl: config.civo.apiUrl,
      http: config.upstream,
      ...extra,
    });
    civo = { client, directory: createCivoDirectory(client, config.civo, discoveryTtlMs) };
  }
  let gcore: ProviderServices['gcore'] = null;
  if (config.gcore) {
    const client = createGcoreClient({
      apiKey: config.gcore.apiKey,
      apiUrl: config.gcore.apiUrl,
      http: config.upstream,
      ...extra,
    });
    gcore = { client, directory: createGcoreDirectory(client, config.gcore, discoveryTtlMs) };
  }
  return { civo, gcore };
}

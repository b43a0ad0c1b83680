import type { Context } from '../../context.js';
import { providerNotConfigured } from '../../errors.js';
import type { CivoClient } from './client.js';
import type { CivoDirectory } from './directory.js';
import type { CivoLoaders } from './loaders.js';

export interface CivoServices {
  client: CivoClient;
  directory: CivoDirectory;
}

/** What one request uses of Civo. */
export interface CivoRequestScope extends CivoServices {
  loaders: CivoLoaders;
}

export function requireCivo(context: Context): CivoRequestScope {
  const scope = context.scopes.get('CIVO');
  if (!scope) throw providerNotConfigured('CIVO', 'Civo', 'CIVO_API_KEY');
  return scope as CivoRequestScope;
}

import type { Context } from '../../context.js';
import { providerNotConfigured } from '../../errors.js';
import type { GcoreClient } from './client.js';
import type { GcoreDirectory } from './directory.js';
import type { GcoreLoaders } from './loaders.js';

export interface GcoreServices {
  client: GcoreClient;
  directory: GcoreDirectory;
}

/** What one request uses of Gcore. */
export interface GcoreRequestScope extends GcoreServices {
  loaders: GcoreLoaders;
}

export function requireGcore(context: Context): GcoreRequestScope {
  const scope = context.scopes.get('GCORE');
  if (!scope) throw providerNotConfigured('GCORE', 'Gcore', 'GCORE_API_KEY');
  return scope as GcoreRequestScope;
}

import type { Context } from '../../context.js';
import { requireScope } from '../plugin.js';
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

export const requireGcore = (context: Context): GcoreRequestScope =>
  requireScope<GcoreRequestScope>(context, { name: 'GCORE', label: 'Gcore', keySetting: 'GCORE_API_KEY' });

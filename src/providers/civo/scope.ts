import type { Context } from '../../context.js';
import { requireScope } from '../plugin.js';
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

export const requireCivo = (context: Context): CivoRequestScope =>
  requireScope<CivoRequestScope>(context, { name: 'CIVO', label: 'Civo', keySetting: 'CIVO_API_KEY' });

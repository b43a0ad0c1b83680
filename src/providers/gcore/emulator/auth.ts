import type { IncomingHttpHeaders } from 'node:http';
import type { ApiResponse } from '../../../emulator/types.js';
import { gcoreNotAuthenticated, gcoreTokenNotValid } from './errors.js';

/**
 * Gcore's key check: `Authorization: APIKey <token>`. The prefix is mandatory and spelled
 * exactly so; `Bearer <token>`, a bare token or another token are all `token_not_valid`.
 * Only a missing or blank header is "not provided".
 */
export function gcoreAuthProblem(headers: IncomingHttpHeaders, apiKey: string): ApiResponse | undefined {
  const header = headers.authorization?.trim();
  if (!header) return gcoreNotAuthenticated();
  const match = /^APIKey\s+(\S+)$/.exec(header);
  if (!match || match[1] !== apiKey) return gcoreTokenNotValid();
  return undefined;
}

import type { IncomingHttpHeaders } from 'node:http';
import type { ApiResponse } from '../../../emulator/types.js';
import { civoAccountNotFound, civoAuthRequired } from './errors.js';

/**
 * Civo's key check: `Authorization: bearer <key>`, scheme word in any case. Returns the
 * refusal, or undefined when the key is the one this emulator accepts.
 *
 * Our choice: a header that is present but not `bearer <key>` (another scheme, a bare key)
 * is treated as a key Civo does not know (404 database_account_not_found), because the real
 * API looks up whatever follows; only a missing or blank header is "no credentials" (401).
 */
export function civoAuthProblem(headers: IncomingHttpHeaders, apiKey: string): ApiResponse | undefined {
  const header = headers.authorization?.trim();
  if (!header) return civoAuthRequired();
  const match = /^bearer\s+(\S+)$/i.exec(header);
  if (!match || match[1] !== apiKey) return civoAccountNotFound();
  return undefined;
}

import { htmlResponse, jsonResponse, reasonPhrase, textResponse } from '../../../emulator/responses.js';
import type { ApiResponse, Fault } from '../../../emulator/types.js';
import type { CivoApiAuthRequiredBody, CivoApiErrorBody } from '../api-types.js';

/** Civo's error answers, with the bodies its API sends (shared/upstream-apis.md). */

export function civoError(
  status: number,
  code: string,
  reason: string,
  headers: Record<string, string> = {},
): ApiResponse {
  const body: CivoApiErrorBody = { code, reason };
  return jsonResponse(status, body, headers);
}

/** No Authorization header: the one error whose body says `result`, not `code`. */
export function civoAuthRequired(): ApiResponse {
  const body: CivoApiAuthRequiredBody = { result: 'requires_authentication', status: 401 };
  return jsonResponse(401, body);
}

/** A key Civo does not know: 404, not 401. Clients must read it as an auth failure. */
export function civoAccountNotFound(): ApiResponse {
  return civoError(404, 'database_account_not_found', 'Failed to find the account within the internal database');
}

export function civoRegionNotFound(): ApiResponse {
  return civoError(404, 'database_region_not_found', 'Failed to find the region within the internal database');
}

export function civoImageNotFound(): ApiResponse {
  return civoError(404, 'database_disk_image_not_found', 'Failed to find the disk image within the internal database');
}

/** An unknown route is answered by the router itself, in plain text. */
export function civoUnknownRoute(): ApiResponse {
  return textResponse(404, '404 page not found\n');
}

/** `{code}` values for injected client errors; Civo documents none of these. */
const CLIENT_ERROR_CODES: Record<number, string> = {
  400: 'parameter_invalid',
  403: 'permission_denied',
  404: 'resource_not_found',
  405: 'method_not_allowed',
  408: 'request_timeout',
  409: 'conflict',
  422: 'unprocessable_entity',
};

/**
 * An injected status as Civo would send it: 5xx come from the nginx in front of the API as
 * an HTML page; 429 is JSON with, our choice, `Retry-After` in seconds (default 1); other
 * 4xx are the usual `{code, reason}`.
 */
export function civoFaultResponse(fault: Extract<Fault, { kind: 'status' }>): ApiResponse {
  const { status, retryAfter } = fault;
  const retryHeaders: Record<string, string> = retryAfter === undefined ? {} : { 'retry-after': retryAfter };
  if (status >= 500) {
    const title = `${status} ${reasonPhrase(status)}`;
    const page = `<html>\r\n<head><title>${title}</title></head>\r\n<body>\r\n<center><h1>${title}</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n`;
    return htmlResponse(status, page, retryHeaders);
  }
  if (status === 429) {
    return civoError(
      429,
      'rate_limit_exceeded',
      'You have exceeded the rate limit, please slow down and try again shortly',
      { 'retry-after': retryAfter ?? '1' },
    );
  }
  if (status === 401) return { ...civoAuthRequired(), headers: { ...civoAuthRequired().headers, ...retryHeaders } };
  return civoError(status, CLIENT_ERROR_CODES[status] ?? 'request_failed', `${reasonPhrase(status)}`, retryHeaders);
}

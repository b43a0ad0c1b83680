import { randomUUID } from 'node:crypto';
import { retryAfterMilliseconds } from '../../../emulator/faults.js';
import { jsonResponse } from '../../../emulator/responses.js';
import type { ApiResponse, Fault } from '../../../emulator/types.js';
import type { GcoreApiErrorBody } from '../api-types.js';

/** Gcore's error answers: always JSON `{exception_class, message, request_id}`. */

export function gcoreError(
  status: number,
  exceptionClass: string,
  message: string,
  extra: Partial<GcoreApiErrorBody> = {},
  headers: Record<string, string> = {},
): ApiResponse {
  // Every answer gets its own request id, as the real API's do.
  const body: GcoreApiErrorBody = { exception_class: exceptionClass, message, request_id: randomUUID(), ...extra };
  return jsonResponse(status, body, headers);
}

export function gcoreNotAuthenticated(): ApiResponse {
  return gcoreError(401, 'NotAuthenticated', 'Authentication credentials were not provided.');
}

export function gcoreTokenNotValid(): ApiResponse {
  return gcoreError(401, 'token_not_valid', 'Given token not valid for any token type');
}

export function gcoreNotFound(message: string): ApiResponse {
  return gcoreError(404, 'NotFoundError', message);
}

/** A 400 naming each bad parameter, like the API's request validation. */
export function gcoreValidationError(invalidFields: Record<string, string[]>): ApiResponse {
  const names = Object.keys(invalidFields).join(', ');
  return gcoreError(400, 'ValidationError', `Invalid request parameters: ${names}.`, { invalid_fields: invalidFields });
}

const EXCEPTION_CLASSES: Record<number, string> = {
  400: 'BadRequest',
  401: 'NotAuthenticated',
  403: 'PermissionDenied',
  404: 'NotFoundError',
  405: 'MethodNotAllowed',
  408: 'RequestTimeout',
  409: 'ConflictError',
  429: 'TooManyRequests',
  500: 'InternalServerError',
  502: 'BadGateway',
  503: 'ServiceUnavailable',
  504: 'GatewayTimeout',
};

const MESSAGES: Record<number, string> = {
  429: 'Request was throttled. Expected available in a moment.',
  500: 'Internal server error. Please contact support with the request id.',
  502: 'Bad gateway.',
  503: 'Service temporarily unavailable. Please try again later.',
  504: 'Gateway timeout.',
};

/**
 * An injected status as Gcore sends it: JSON whatever the status. `retryAfter` becomes
 * `Retry-After` and the more precise `retry-after-ms` (the SDKs prefer the latter).
 */
export function gcoreFaultResponse(fault: Extract<Fault, { kind: 'status' }>): ApiResponse {
  const headers: Record<string, string> = {};
  if (fault.retryAfter !== undefined) {
    headers['retry-after'] = fault.retryAfter;
    const ms = retryAfterMilliseconds(fault.retryAfter);
    if (ms !== undefined) headers['retry-after-ms'] = String(ms);
  }
  const exceptionClass =
    EXCEPTION_CLASSES[fault.status] ?? (fault.status >= 500 ? 'InternalServerError' : 'BadRequest');
  const message = MESSAGES[fault.status] ?? `Request failed (HTTP ${fault.status}).`;
  return gcoreError(fault.status, exceptionClass, message, {}, headers);
}

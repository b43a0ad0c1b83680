import { DEMO_CIVO_API_KEY, DEMO_GCORE_API_KEY, type Emulator } from '../../src/emulator/server.js';

/** Plain fetch helpers for the emulator tests: real HTTP, the providers' own auth headers. */

export interface Answer {
  status: number;
  headers: Headers;
  text: string;
  /** The parsed body; throws when it is not JSON. */
  json<T = unknown>(): T;
}

export async function get(
  emulator: Emulator,
  path: string,
  authorization?: string,
  init: RequestInit = {},
): Promise<Answer> {
  const headers: Record<string, string> = authorization === undefined ? {} : { authorization };
  const response = await fetch(`${emulator.url}${path}`, { ...init, headers });
  const text = await response.text();
  return { status: response.status, headers: response.headers, text, json: <T>() => JSON.parse(text) as T };
}

export const civo = (emulator: Emulator, path: string, key = DEMO_CIVO_API_KEY) => get(emulator, path, `bearer ${key}`);
export const gcore = (emulator: Emulator, path: string, key = DEMO_GCORE_API_KEY) =>
  get(emulator, path, `APIKey ${key}`);

export async function admin(emulator: Emulator, method: string, path: string, body?: unknown): Promise<Answer> {
  const response = await fetch(`${emulator.url}${path}`, {
    method,
    ...(body === undefined
      ? {}
      : {
          body: typeof body === 'string' ? body : JSON.stringify(body),
          headers: { 'content-type': 'application/json' },
        }),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, text, json: <T>() => JSON.parse(text) as T };
}

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

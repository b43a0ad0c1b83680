import { ConfigError, integer, list, type Env } from '../config-readers.js';

/** How the HTTP endpoint treats browsers and request sizes (CORS_ORIGINS, MAX_REQUEST_BYTES). */
export interface HttpSettings {
  /**
   * Origins whose pages may read answers (echoed in `Access-Control-Allow-Origin`); null: any
   * origin (`*`). Credentials are never allowed either way: the catalog is public and uses no cookies.
   */
  corsOrigins: readonly string[] | null;
  /** Largest request body read; past it the request is answered 413 REQUEST_ENTITY_TOO_LARGE. */
  maxRequestBytes: number;
}

export function readHttpSettings(env: Env): HttpSettings {
  const origins = list(env, 'CORS_ORIGINS', (item) => origin(item));
  return {
    corsOrigins: !origins || origins.includes('*') ? null : origins,
    maxRequestBytes: integer(env, 'MAX_REQUEST_BYTES', 65_536, { min: 1_024, max: 100_000_000 }),
  };
}

/** `*`, or an origin exactly as browsers send it: scheme, host and port only (`https://app.example`). */
function origin(item: string): string {
  if (item === '*') return item;
  let parsed: URL | undefined;
  try {
    parsed = new URL(item);
  } catch {
    parsed = undefined;
  }
  if (!parsed || !['http:', 'https:'].includes(parsed.protocol) || parsed.origin !== item)
    throw new ConfigError(
      'CORS_ORIGINS',
      `"${item}" is not an origin (scheme://host[:port], no path or trailing slash, like https://app.example)`,
    );
  return item;
}

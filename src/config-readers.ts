/** Reading environment variables: each helper names the variable in the ConfigError it throws. */

export type Env = Record<string, string | undefined>;

/** A bad setting. Start-up prints its message, one line naming the variable, and exits. */
export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    problem: string,
  ) {
    super(`${variable}: ${problem}`);
    this.name = 'ConfigError';
  }
}

export function positiveId(value: string, variable: string): number {
  // Leading zeros are allowed, as in the `regions` filter (`076` is region 76).
  if (!/^0*[1-9][0-9]{0,15}$/.test(value)) throw new ConfigError(variable, `"${value}" is not a positive integer id`);
  return Number(value);
}

export function nonEmpty(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

export function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

/** A set URL variable, parsed; `shown` is how errors quote it (a URL with credentials is not quoted). */
function parsedUrl(variable: string, value: string, shown: string, protocols: string[], example: string): URL {
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    throw new ConfigError(variable, `${shown} is not a URL (like ${example})`);
  }
  if (!protocols.includes(parsed.protocol))
    throw new ConfigError(variable, `${shown} must be a ${protocols.map((p) => `${p}//`).join(' or ')} URL`);
  return parsed;
}

export function url(env: Env, variable: string, fallback: string): string {
  const value = nonEmpty(env[variable]);
  if (value === undefined) return fallback;
  const parsed = parsedUrl(variable, value, `"${value}"`, ['http:', 'https:'], 'https://api.example.com');
  if (parsed.search || parsed.hash) throw new ConfigError(variable, `"${value}" must not have a query or fragment`);
  // ky joins prefixUrl and path with one slash; keep the base without a trailing one.
  return parsed.href.replace(/\/+$/, '');
}

/** A host name or IP address to listen on (`0.0.0.0`, `::`, `127.0.0.1`, `localhost`, …). */
export function host(env: Env, variable: string, fallback: string): string {
  const value = nonEmpty(env[variable]);
  if (value === undefined) return fallback;
  const ipv6 = /^[0-9A-Fa-f:.]+$/.test(value) && value.includes(':');
  const name = /^(?=.{1,253}$)[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*$/.test(
    value,
  );
  if (!ipv6 && !name)
    throw new ConfigError(variable, `"${value}" is not a host name or IP address (e.g. 0.0.0.0, ::, 127.0.0.1)`);
  return value;
}

export function integer(
  env: Env,
  variable: string,
  fallback: number,
  { min, max }: { min: number; max: number },
): number {
  const value = nonEmpty(env[variable]);
  if (value === undefined) return fallback;
  if (!/^-?[0-9]+$/.test(value)) throw new ConfigError(variable, `"${value}" is not an integer`);
  const number = Number(value);
  if (number < min || number > max) throw new ConfigError(variable, `${number} is outside ${min}..${max}`);
  return number;
}

export function list<T>(env: Env, variable: string, parse: (item: string) => T): T[] | undefined {
  const value = nonEmpty(env[variable]);
  if (value === undefined) return undefined;
  const items = value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
  if (items.length === 0) throw new ConfigError(variable, 'is empty; unset it to discover from the API');
  return [...new Set(items.map(parse))];
}

const TRUE = new Set(['1', 'true', 'yes', 'on']);
const FALSE = new Set(['0', 'false', 'no', 'off']);

export function boolean(env: Env, variable: string, fallback: boolean): boolean {
  const value = nonEmpty(env[variable])?.toLowerCase();
  if (value === undefined) return fallback;
  if (TRUE.has(value)) return true;
  if (FALSE.has(value)) return false;
  throw new ConfigError(variable, `"${value}" is not a boolean (true/false, 1/0, yes/no, on/off)`);
}

/** A redis:// or rediss:// URL, credentials allowed (they are secrets: never logged). */
export function redisUrl(env: Env, variable: string): string | null {
  const value = nonEmpty(env[variable]);
  if (value === undefined) return null;
  // Never echo the value: it may hold a password.
  const parsed = parsedUrl(variable, value, 'the value', ['redis:', 'rediss:'], 'redis://localhost:6379');
  if (!/^\/?(\d{1,5})?$/.test(parsed.pathname))
    throw new ConfigError(variable, 'has a path that is not a database number (like redis://host:6379/0)');
  try {
    decodeURIComponent(parsed.username);
    decodeURIComponent(parsed.password);
  } catch {
    throw new ConfigError(variable, 'has a user or password whose %-escapes are malformed');
  }
  return value;
}

/** One of a fixed set of words, case-insensitive. */
export function oneOf<T extends string>(env: Env, variable: string, values: readonly T[], fallback: T): T {
  const value = nonEmpty(env[variable])?.toLowerCase();
  if (value === undefined) return fallback;
  const known = values.find((candidate) => candidate === value);
  if (known === undefined) throw new ConfigError(variable, `"${value}" is not one of ${values.join(', ')}`);
  return known;
}

/**
 * Parses the timestamp forms the upstreams send into a Date, or null when unknown:
 * RFC 3339 (`2026-05-31T10:00:00+00:00`, `...Z`), Gcore's naive UTC
 * (`2024-05-05T14:51:26.570866`), Gcore's compact offset (`2020-03-09T10:16:45+0000`), and
 * Go's zero time (`0001-01-01T00:00:00Z`), which Civo sends for "unknown".
 */
export function parseUpstreamTimestamp(value: string | null | undefined): Date | null {
  if (value === null || value === undefined) return null;
  const match = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}:\d{2})(\.\d+)?(Z|[+-]\d{2}:?\d{2})?$/i.exec(value.trim());
  if (!match) return null;
  const [, date, time, fraction = '', zone] = match;
  if (date!.startsWith('0001-')) return null;
  // JavaScript keeps milliseconds; Python's microseconds are cut, not rounded past a second.
  const millis = fraction ? fraction.slice(0, 4).padEnd(4, '0') : '';
  const offset = zone === undefined || zone.toUpperCase() === 'Z' ? 'Z' : zone.replace(/^([+-]\d{2})(\d{2})$/, '$1:$2');
  const parsed = new Date(`${date}T${time}${millis}${offset}`);
  return Number.isNaN(parsed.getTime()) ? null : parsed;
}

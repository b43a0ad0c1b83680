/**
 * Light structural checks of upstream bodies. They catch a wrong server or a proxy page that
 * parsed as JSON (an HTML error page never gets this far) so it surfaces as
 * UPSTREAM_UNAVAILABLE instead of a TypeError deep in a resolver. They are not a full schema:
 * field-level tolerance is the mapping's job.
 */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An array of objects that each carry the given string/number key. */
export function isArrayOfRecordsWith(value: unknown, key: string): value is Record<string, unknown>[] {
  return (
    Array.isArray(value) &&
    value.every((item) => isRecord(item) && (typeof item[key] === 'string' || typeof item[key] === 'number'))
  );
}

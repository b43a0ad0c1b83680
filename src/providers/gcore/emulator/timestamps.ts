/**
 * Moves a Gcore timestamp by some minutes while keeping its form (naive with or without a
 * fraction, `+00:00`, `+0000`), so per-region copies of an image differ in time but the
 * catalog still carries every form Gcore sends. All forms are UTC.
 */
export function shiftGcoreTimestamp(timestamp: string, minutes: number): string {
  const match = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(\.\d+)?(Z|\+00:00|\+0000)?$/.exec(timestamp);
  if (!match) throw new RangeError(`Not a Gcore timestamp: ${timestamp}`);
  const [, base, fraction = '', suffix = ''] = match;
  const shifted = new Date(Date.parse(`${base}Z`) + minutes * 60_000);
  return `${shifted.toISOString().slice(0, 19)}${fraction}${suffix}`;
}

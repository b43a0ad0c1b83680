import type { Partition } from './types.js';

/**
 * Whether two partitions are the same. Civo region codes are case-insensitive upstream, so a
 * fault or count filter written as `lon1` must select the requests recorded as `LON1`.
 */
export function samePartition(a: Partition, b: Partition): boolean {
  if (a.provider === 'civo' && b.provider === 'civo') return a.region.toUpperCase() === b.region.toUpperCase();
  if (a.provider === 'gcore' && b.provider === 'gcore') return a.projectId === b.projectId && a.regionId === b.regionId;
  return false;
}

/** Route templates compare with the method in any case and runs of spaces collapsed. */
export function normaliseRoute(route: string): string {
  const trimmed = route.trim().replace(/\s+/g, ' ');
  const space = trimmed.indexOf(' ');
  return space < 0 ? trimmed : `${trimmed.slice(0, space).toUpperCase()}${trimmed.slice(space)}`;
}

import { INT32_MAX } from '../../upstream/tolerant-read.js';

/** How Gcore spells a region in this API: its id as a number string (`076` → `76`); null if it is not one. */
export function parseGcoreRegionCode(value: string): string | null {
  const trimmed = value.trim();
  if (!/^0*[1-9][0-9]{0,9}$/.test(trimmed)) return null;
  const id = Number(trimmed);
  return id <= INT32_MAX ? String(id) : null;
}

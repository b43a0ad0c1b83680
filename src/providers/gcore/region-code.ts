/** How Gcore spells a region in this API: its id as a number string (`076` → `76`); null if it is not one. */
export function parseGcoreRegionCode(value: string): string | null {
  const trimmed = value.trim();
  return /^0*[1-9][0-9]{0,9}$/.test(trimmed) ? String(Number(trimmed)) : null;
}

import { CIVO_REGION_CODE } from '../../config.js';

/** How Civo spells a region in this API: its code, upper-case (`lon1` → `LON1`); null if it is not one. */
export function parseCivoRegionCode(value: string): string | null {
  const trimmed = value.trim();
  return CIVO_REGION_CODE.test(trimmed) ? trimmed.toUpperCase() : null;
}

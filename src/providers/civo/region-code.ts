import { badUserInput } from '../../errors.js';
import { shorten } from '../../schema/arguments.js';
import { CIVO_REGION_CODE } from './settings.js';

/** How Civo spells a region in this API: its code, upper-case (`lon1` → `LON1`); null if it is not one. */
export function parseCivoRegionCode(value: string): string | null {
  const trimmed = value.trim();
  return CIVO_REGION_CODE.test(trimmed) ? trimmed.toUpperCase() : null;
}

/** A region argument of a Civo field, checked before any call: BAD_USER_INPUT naming it. */
export function civoRegionArgument(value: string, argument = 'region'): string {
  // Read as filter.regions reads it: " lon1" is LON1 there, so it is here too.
  const code = parseCivoRegionCode(value);
  if (code === null) throw badUserInput(`"${shorten(value)}" is not a Civo region code (like LON1).`, { argument });
  return code;
}

const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

/** Text in natural order: `76` before `196`, `LON1` before `LON10`, case ignored (so `A` ties `a`). */
export function naturalCompare(a: string, b: string): number {
  return collator.compare(a, b);
}

/**
 * Natural order, then by code unit so that distinct strings never tie: the one total order for
 * cursors, facets and family locations.
 */
export function byNaturalText(a: string, b: string): number {
  // Equal strings are most comparisons in a sort by provider and region: skip the collator.
  if (a === b) return 0;
  return collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}

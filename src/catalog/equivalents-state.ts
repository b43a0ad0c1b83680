import type { DiskImage } from './disk-image.js';
import type { Coverage } from './partitions.js';

/** One family's best image per place, and the coverage of the search that found them. */
export interface FamilyIndex {
  bestByPlace: Map<string, DiskImage>;
  coverage: Coverage;
}

/** What `equivalents` keeps for the rest of one request: it lives on the request's context. */
export interface EquivalentsState {
  /**
   * By root field, family, bare metal and providers: a page of images shares a few families,
   * so each is searched and ranked once, not once per edge (the listings were already shared;
   * this spares re-filtering the whole catalog for every image).
   */
  indexes: Map<string, Promise<FamilyIndex>>;
  /**
   * Root fields (response keys, aliases included) under which a list was already refused past
   * MAX_PARTITIONS_PER_QUERY: a page of 68 images must not repeat the same refusal 68 times.
   */
  refusedUnder: Set<string | number>;
}

export function createEquivalentsState(): EquivalentsState {
  return { indexes: new Map(), refusedUnder: new Set() };
}

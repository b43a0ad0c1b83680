import type { ImageFilter } from '../../catalog/image-filter.js';

/** How to list a Civo region for a search. Civo filters nothing server-side but `type=custom`. */
export interface CivoListing {
  custom: boolean;
}

/** null: no Civo image can match (bare metal, or only Gcore visibilities asked for). */
export function civoListingFor(filter: ImageFilter): CivoListing | null {
  if (filter.baremetal) return null;
  if (filter.visibility) {
    const publicWanted = filter.visibility.includes('PUBLIC');
    const customWanted = filter.visibility.includes('CUSTOM');
    if (!publicWanted && !customWanted) return null;
    if (!publicWanted) return { custom: true };
  }
  return { custom: false };
}

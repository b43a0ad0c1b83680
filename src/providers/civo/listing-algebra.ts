import type { CivoImage } from '../../catalog/disk-image.js';
import type { ListingAlgebra } from '../partition-listings.js';

/** A Civo listing: the whole region, or only the account's custom images (`type=custom`). */
export interface CivoListingQuery {
  custom: boolean;
}

/**
 * The full listing of a region holds its custom images too (marked by `created_by`, see
 * mapping), so it answers a custom-only lookup as well; the reverse is not true.
 */
export const civoListingAlgebra: ListingAlgebra<string, CivoListingQuery, CivoImage> = {
  partitionKeyOf: (region) => region,
  keyOf: ({ custom }) => (custom ? 'custom' : 'all'),
  covers: (broad, narrow) => !broad.custom || narrow.custom,
  common: (queries) => ({ custom: queries.every((query) => query.custom) }),
  matches: (image, { custom }) => !custom || image.visibility === 'CUSTOM',
};

import type { NormalisedImage, Region } from '../../catalog/disk-image.js';
import type { CivoImageRecord, CivoRegionRecord } from './read.js';

/** A Civo image: the normalised fields, and the record as Civo sent it. */
export interface CivoImage extends NormalisedImage {
  provider: 'CIVO';
  projectId: null;
  raw: CivoImageRecord;
}

export interface CivoRegion extends Region {
  provider: 'CIVO';
  raw: CivoRegionRecord;
}

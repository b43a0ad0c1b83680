import type { NormalisedImage, Region } from '../../catalog/disk-image.js';
import type { GcoreImageRecord, GcoreRegionRecord } from './read.js';

/** A Gcore image: the normalised fields, its partition, and the record as Gcore sent it. */
export interface GcoreImage extends NormalisedImage {
  provider: 'GCORE';
  projectId: number;
  regionId: number;
  raw: GcoreImageRecord;
}

export interface GcoreRegion extends Region {
  provider: 'GCORE';
  raw: GcoreRegionRecord;
}

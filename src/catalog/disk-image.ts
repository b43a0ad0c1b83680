import type { CivoImageRecord, CivoRegionRecord } from '../providers/civo/read.js';
import type { GcoreImageRecord, GcoreRegionRecord } from '../providers/gcore/read.js';

/**
 * The provider-neutral image model every resolver works on. Mapping fills the normalised
 * fields once, when a listing arrives; the raw object rides along for provider-specific fields.
 */
export type CloudProvider = 'CIVO' | 'GCORE';
export type Architecture = 'X86_64' | 'ARM64';
export type OsType = 'LINUX' | 'WINDOWS';
export type ImageStatus = 'AVAILABLE' | 'PENDING' | 'DEPRECATED' | 'ERROR' | 'DELETED' | 'UNKNOWN';
/** PUBLIC: the provider's official images; PRIVATE/SHARED: Gcore's own terms; CUSTOM: Civo custom images. */
export type ImageVisibility = 'PUBLIC' | 'PRIVATE' | 'SHARED' | 'CUSTOM';

export interface NormalisedImage {
  provider: CloudProvider;
  imageId: string;
  name: string;
  /** Lower-case, e.g. `ubuntu`; null when the provider does not say. */
  distribution: string | null;
  version: string | null;
  architecture: Architecture | null;
  osType: OsType | null;
  status: ImageStatus;
  /** Civo `state` / Gcore `status`, untouched; null when the provider sent none. */
  providerStatus: string | null;
  description: string | null;
  sizeBytes: number | null;
  createdAt: Date | null;
  visibility: ImageVisibility;
  /** Built for GPU machines (a GPU driver, CUDA, NVIDIA in the name). */
  gpu: boolean;
  /** A bare-metal image (Gcore `bmimages`); Civo has none. */
  baremetal: boolean;
  /** Boot requirements; null when the provider states none (Civo). */
  minRamMb: number | null;
  minDiskGb: number | null;
}

export interface CivoImage extends NormalisedImage {
  provider: 'CIVO';
  /** Upper-case region code the image was listed in (ids are unique per region only). */
  regionCode: string;
  raw: CivoImageRecord;
}

export interface GcoreImage extends NormalisedImage {
  provider: 'GCORE';
  projectId: number;
  regionId: number;
  raw: GcoreImageRecord;
}

export type DiskImage = CivoImage | GcoreImage;

/** Region models carry their provider so the Region interface can tell them apart. */
export interface CivoRegion {
  provider: 'CIVO';
  raw: CivoRegionRecord;
}

export interface GcoreRegion {
  provider: 'GCORE';
  raw: GcoreRegionRecord;
}

export type Region = CivoRegion | GcoreRegion;

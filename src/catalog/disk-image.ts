/**
 * The provider-neutral image model every resolver works on. Mapping fills the normalised
 * fields once, when a listing arrives; the raw object rides along for provider-specific fields.
 */
/** A provider's name, as the CloudProvider enum spells it (`CIVO`); providers are registered in src/providers. */
export type CloudProvider = string;
export type Architecture = 'X86_64' | 'ARM64';
export type OsType = 'LINUX' | 'WINDOWS';
export type ImageStatus = 'AVAILABLE' | 'PENDING' | 'DEPRECATED' | 'ERROR' | 'DELETED' | 'UNKNOWN';
/** PUBLIC: the provider's official images; PRIVATE/SHARED: Gcore's own terms; CUSTOM: Civo custom images. */
export type ImageVisibility = 'PUBLIC' | 'PRIVATE' | 'SHARED' | 'CUSTOM';

export interface NormalisedImage {
  provider: CloudProvider;
  /** The code of the region it was listed in (Civo `LON1`, Gcore `76`): ids are unique per region only. */
  regionCode: string;
  /** The project it was listed for, where the provider has projects (Gcore); null elsewhere. */
  projectId: number | null;
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

/** An image of any provider: the normalised fields; each provider's own type adds `raw`. */
export type DiskImage = NormalisedImage;

/** A region of any provider; each provider's own type adds `raw`. */
export interface Region {
  provider: CloudProvider;
  /** How this API names it (Civo `LON1`, Gcore `76`). */
  code: string;
  /** Human-readable, or the best the provider sends, else the code. */
  name: string;
}

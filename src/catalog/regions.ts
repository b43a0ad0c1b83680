import type { CloudProvider } from './disk-image.js';

/** A region as this service knows it: which provider, and the provider's code for it. */
export interface RegionKey {
  provider: CloudProvider;
  /** Civo `LON1`, Gcore `76`. */
  code: string;
}

import type { CloudProvider } from '../catalog/disk-image.js';
import { parseCivoRegionCode } from './civo/region-code.js';
import { parseGcoreRegionCode } from './gcore/region-code.js';

/**
 * Each provider's own region code syntax. A region is always `{provider, code}` inside; a
 * plain code (the deprecated `filter.regions`) names the providers whose syntax takes it. A
 * provider left out here does not compile.
 */
export const REGION_CODE_PARSERS: Record<CloudProvider, (value: string) => string | null> = {
  CIVO: parseCivoRegionCode,
  GCORE: parseGcoreRegionCode,
};

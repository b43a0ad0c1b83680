import type { CloudProvider } from '../catalog/disk-image.js';
import { registeredProviders } from './plugin.js';

/**
 * Each provider's own region code syntax. A region is always `{provider, code}` inside; a plain
 * code (the deprecated `filter.regions`) names the providers whose syntax takes it.
 */
export function regionCodeParsers(): [CloudProvider, (value: string) => string | null][] {
  return registeredProviders().map((provider) => [provider.name, provider.parseRegionCode]);
}

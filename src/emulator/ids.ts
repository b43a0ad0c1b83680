import { createHash } from 'node:crypto';

/**
 * A UUID (version 4 layout) derived from a seed string, so catalog ids are stable across runs
 * and processes while still differing per region, project and name, as the real ids do.
 */
export function deterministicUuid(seed: string): string {
  const bytes = createHash('sha256').update(seed).digest().subarray(0, 16);
  // Set the version and variant bits so the ids pass any strict UUID check a client makes.
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

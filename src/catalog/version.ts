import { naturalCompare } from './natural-order.js';

/**
 * Version-aware comparison of distribution versions as providers spell them:
 * `9` < `10`, `20.04` < `22.04`, `24.04` < `24.04.1`, and a suffix (`22.04-cuda12-2`) is
 * compared only after the numeric part, so `22.04` < `22.04-cuda12-2` < `22.04-cuda12-10`.
 * A version with no leading number (`latest`, `rolling`) sorts below every numeric one, and
 * a missing version below everything: neither can win a "latest" by accident.
 */
export interface ParsedVersion {
  numbers: number[];
  suffix: string;
}

const NUMERIC_PREFIX = /^v?(\d+(?:\.\d+)*)(.*)$/i;

// Catalogs spell a few hundred distinct versions, compared again on every sort: parse each once.
// Bounded, since versions come from upstreams (and a drifted one could be anything).
const parsedVersions = new Map<string, ParsedVersion | null>();
const PARSED_VERSIONS_KEPT = 10_000;

export function parseVersion(version: string): ParsedVersion | null {
  const known = parsedVersions.get(version);
  if (known !== undefined) return known;
  const match = NUMERIC_PREFIX.exec(version.trim());
  const parsed = match ? { numbers: match[1]!.split('.').map(Number), suffix: match[2]!.replace(/^[-._+]/, '') } : null;
  if (parsedVersions.size < PARSED_VERSIONS_KEPT) parsedVersions.set(version, parsed);
  return parsed;
}

export function compareVersions(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  const pa = parseVersion(a);
  const pb = parseVersion(b);
  if (!pa || !pb) {
    if (pa) return 1;
    if (pb) return -1;
    return naturalCompare(a, b);
  }
  const length = Math.max(pa.numbers.length, pb.numbers.length);
  for (let index = 0; index < length; index++) {
    const x = pa.numbers[index];
    const y = pb.numbers[index];
    // A missing segment is older: 24.04 < 24.04.1.
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    if (x !== y) return x - y;
  }
  if (pa.suffix === pb.suffix) return 0;
  if (pa.suffix === '') return -1;
  if (pb.suffix === '') return 1;
  return naturalCompare(pa.suffix, pb.suffix);
}

/**
 * Prefix match on segment boundaries: `22` matches `22.04` and `22.04-cuda12-2` but not `220`;
 * `22.04` matches `22.04.1` but not `22.041`. A prefix that ends in a separator (`22.`,
 * `22.04-`, `1_`) already ends on the boundary it marks, so what follows it is free:
 * `22.` matches `22.04`, but not `22` (which has no segment after the dot) nor `22-x`.
 */
export function versionHasPrefix(version: string | null, prefix: string): boolean {
  if (version === null) return false;
  const v = version.trim().toLowerCase();
  const p = prefix.trim().toLowerCase();
  if (p === '') return true;
  if (!v.startsWith(p)) return false;
  if (/[^0-9a-z]$/.test(p)) return true;
  const next = v.charAt(p.length);
  return next === '' || !/[0-9a-z]/.test(next) || (/[0-9]$/.test(p) && !/[0-9]/.test(next));
}

import type { DiskImage } from './disk-image.js';
import { variantsAmong } from './families.js';
import { regionCodeOf } from './image-filter.js';
import { compareSortKeys, sortKeyOf, DEFAULT_ORDER } from './image-order.js';
import { compareVersions } from './version.js';

export type LatestStrategy = 'VERSION' | 'CREATED_AT';

export interface LatestPick {
  image: DiskImage | null;
  runnerUp: DiskImage | null;
  candidates: number;
  /** Candidates equal to the winner on the strategy's own key (before tie-breaks). */
  tiedOnKey: number;
  reason: string;
}

const createdAt = (image: DiskImage) => image.createdAt?.getTime() ?? Number.NEGATIVE_INFINITY;

/**
 * Best first: the strategy's key; for VERSION, among equal versions the plain build (not a GPU
 * build, not a variant such as `-docker`) before special ones; then the other key, then the
 * stable total order.
 */
function rank(strategy: LatestStrategy, variants: ReadonlySet<DiskImage>): (a: DiskImage, b: DiskImage) => number {
  const byVersion = (a: DiskImage, b: DiskImage) => compareVersions(b.version, a.version);
  const byCreated = (a: DiskImage, b: DiskImage) => createdAt(b) - createdAt(a);
  const plainFirst = (a: DiskImage, b: DiskImage) => Number(a.gpu) - Number(b.gpu) || Number(variants.has(a)) - Number(variants.has(b));
  const order = strategy === 'VERSION' ? [byVersion, plainFirst, byCreated] : [byCreated, byVersion];
  return (a, b) => order.reduce((result, compare) => result || compare(a, b), 0) || compareSortKeys(DEFAULT_ORDER, sortKeyOf(a), sortKeyOf(b));
}

/**
 * A Gcore public image is listed once per project with the same id; as a candidate it counts
 * once (the first project's listing), so the runner-up is never the winner again.
 */
function distinctImages(images: DiskImage[]): DiskImage[] {
  const seen = new Map<string, DiskImage>();
  for (const image of images) {
    const key = `${image.provider}:${regionCodeOf(image)}:${image.imageId}`;
    if (!seen.has(key)) seen.set(key, image);
  }
  return [...seen.values()];
}

function primaryKeyEqual(strategy: LatestStrategy, a: DiskImage, b: DiskImage): boolean {
  return strategy === 'VERSION' ? compareVersions(a.version, b.version) === 0 : createdAt(a) === createdAt(b);
}

export function pickLatest(candidates: DiskImage[], strategy: LatestStrategy): LatestPick {
  const distinct = distinctImages(candidates);
  const ranked = distinct.sort(rank(strategy, variantsAmong(distinct)));
  const [image = null, runnerUp = null] = ranked;
  if (!image) return { image, runnerUp, candidates: 0, tiedOnKey: 0, reason: 'No image matches the filter.' };
  const tiedOnKey = ranked.filter((other) => primaryKeyEqual(strategy, image, other)).length;
  const key = strategy === 'VERSION' ? `version ${image.version ?? '(none)'}` : `creation time ${image.createdAt?.toISOString() ?? '(unknown)'}`;
  const tie =
    tiedOnKey > 1
      ? ` ${tiedOnKey} candidates share it; ties go to the ${strategy === 'VERSION' ? 'plain build (not GPU, not a variant), then the newest creation time' : 'highest version'}, then provider, region and id.`
      : '';
  return { image, runnerUp, candidates: ranked.length, tiedOnKey, reason: `Highest ${key} among ${ranked.length} candidates.${tie}` };
}

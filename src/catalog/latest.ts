import type { Architecture, DiskImage } from './disk-image.js';
import { variantsAmong } from './families.js';
import { distinctImages } from './distinct-images.js';
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

export interface LatestPreferences {
  /**
   * Architectures in order of preference: the filter's `architectures` as given. Default
   * X86_64 first, then ARM64: what "latest ubuntu" means to someone who did not say.
   */
  architectures?: readonly Architecture[];
}

const DEFAULT_ARCHITECTURES: readonly Architecture[] = ['X86_64', 'ARM64'];

const createdAt = (image: DiskImage) => image.createdAt?.getTime() ?? Number.NEGATIVE_INFINITY;

/**
 * Best first. "Latest ubuntu" means the plain build for the usual architecture unless the
 * filter says otherwise, so before the strategy's key: the preferred architecture (the
 * filter's first, else X86_64), then a plain build (not a GPU build, not a variant such as
 * `-docker`). A GPU build, variant or other architecture wins only when nothing preferred
 * matches. Then the strategy's key, the other key, and the stable total order.
 */
function rank(strategy: LatestStrategy, variants: ReadonlySet<DiskImage>, architectures: readonly Architecture[]): (a: DiskImage, b: DiskImage) => number {
  const architectureRank = (image: DiskImage) => {
    const index = image.architecture === null ? -1 : architectures.indexOf(image.architecture);
    return index === -1 ? architectures.length : index;
  };
  const byArchitecture = (a: DiskImage, b: DiskImage) => architectureRank(a) - architectureRank(b);
  const plainFirst = (a: DiskImage, b: DiskImage) => Number(special(a, variants)) - Number(special(b, variants));
  const byVersion = (a: DiskImage, b: DiskImage) => compareVersions(b.version, a.version);
  const byCreated = (a: DiskImage, b: DiskImage) => createdAt(b) - createdAt(a);
  const order = strategy === 'VERSION' ? [byArchitecture, plainFirst, byVersion, byCreated] : [byArchitecture, plainFirst, byCreated, byVersion];
  return (a, b) => order.reduce((result, compare) => result || compare(a, b), 0) || compareSortKeys(DEFAULT_ORDER, sortKeyOf(a), sortKeyOf(b));
}

function special(image: DiskImage, variants: ReadonlySet<DiskImage>): boolean {
  return image.gpu || variants.has(image);
}

function primaryKeyEqual(strategy: LatestStrategy, a: DiskImage, b: DiskImage): boolean {
  return strategy === 'VERSION' ? compareVersions(a.version, b.version) === 0 : createdAt(a) === createdAt(b);
}

/** A candidate is better than another on the strategy's key alone. */
function betterOnKey(strategy: LatestStrategy, a: DiskImage, b: DiskImage): boolean {
  return strategy === 'VERSION' ? compareVersions(a.version, b.version) > 0 : createdAt(a) > createdAt(b);
}

export function pickLatest(candidates: DiskImage[], strategy: LatestStrategy, preferences: LatestPreferences = {}): LatestPick {
  const architectures = preferences.architectures?.length ? preferences.architectures : DEFAULT_ARCHITECTURES;
  // A search already returns each image once; candidates from elsewhere may not.
  const distinct = distinctImages(candidates);
  const variants = variantsAmong(distinct);
  const ranked = distinct.sort(rank(strategy, variants, architectures));
  const [image = null, runnerUp = null] = ranked;
  if (!image) return { image, runnerUp, candidates: 0, tiedOnKey: 0, reason: 'No image matches the filter.' };
  const tiedOnKey = ranked.filter((other) => primaryKeyEqual(strategy, image, other)).length;
  return { image, runnerUp, candidates: ranked.length, tiedOnKey, reason: explain(strategy, image, ranked, tiedOnKey, variants) };
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** Why the winner won, in words: its key, the ties, and any better key that lost on preference. */
function explain(strategy: LatestStrategy, image: DiskImage, ranked: DiskImage[], tiedOnKey: number, variants: ReadonlySet<DiskImage>): string {
  const describe = (candidate: DiskImage) =>
    [candidate.gpu ? 'GPU' : variants.has(candidate) ? 'variant' : 'plain', candidate.architecture ?? 'unknown-architecture', 'build'].join(' ');
  const sameTier = (other: DiskImage) => other.architecture === image.architecture && special(other, variants) === special(image, variants);
  const inTier = ranked.filter(sameTier).length;
  const among = plural(ranked.length, 'candidate');
  const sentences: string[] = [];
  const known = strategy === 'VERSION' ? image.version !== null : image.createdAt !== null;
  if (known) {
    sentences.push(strategy === 'VERSION' ? `Highest version ${image.version} among ${among}.` : `Newest creation time ${image.createdAt!.toISOString()} among ${among}.`);
    if (tiedOnKey > 1) {
      const then = strategy === 'VERSION' ? 'the newest creation time' : 'the highest version';
      const share = tiedOnKey === ranked.length ? `All ${tiedOnKey} share it` : `${tiedOnKey} candidates share it`;
      sentences.push(`${share}; ties go to the preferred architecture, then the plain build, then ${then}, then provider, region and id.`);
    }
  } else {
    // Known keys sort first within a rank, so no candidate of the winner's rank states one.
    const what = strategy === 'VERSION' ? 'a version' : 'a creation time';
    const of = inTier === ranked.length ? '' : ` (of ${among})`;
    if (inTier === 1) {
      sentences.push(`The only ${ranked.length === 1 ? 'candidate' : describe(image)}${of} states no ${what.slice(2)}.`);
    } else {
      const whose = inTier === ranked.length ? `the ${among}` : `the ${plural(inTier, describe(image))}${of}`;
      sentences.push(`None of ${whose} states ${what}; the ${strategy === 'VERSION' ? 'newest creation time' : 'highest version'} decided.`);
    }
  }
  const passedOver = ranked.find((other) => betterOnKey(strategy, other, image));
  if (passedOver) {
    sentences.push(
      `${passedOver.name} is ${strategy === 'VERSION' ? 'higher' : 'newer'}, but as a ${describe(passedOver)} it ranks after a ${describe(image)} unless the filter asks for it.`,
    );
  }
  return sentences.join(' ');
}

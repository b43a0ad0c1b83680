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

/** How a candidate ranks before the strategy compares anything: lower is preferred. */
interface Tier {
  architecture: number;
  special: boolean;
}

function tierOf(image: DiskImage, variants: ReadonlySet<DiskImage>, architectures: readonly Architecture[]): Tier {
  const index = image.architecture === null ? -1 : architectures.indexOf(image.architecture);
  return { architecture: index === -1 ? architectures.length : index, special: special(image, variants) };
}

/**
 * Best first. "Latest ubuntu" means the plain build for the usual architecture unless the
 * filter says otherwise, so before the strategy's key: the preferred architecture (the
 * filter's first, else X86_64), then a plain build (not a GPU build, not a variant such as
 * `-docker`). A GPU build, variant or other architecture wins only when nothing preferred
 * matches. Then the strategy's key, the other key, and the stable total order.
 */
function rank(
  strategy: LatestStrategy,
  variants: ReadonlySet<DiskImage>,
  architectures: readonly Architecture[],
): (a: DiskImage, b: DiskImage) => number {
  const byTier = (a: DiskImage, b: DiskImage) => {
    const x = tierOf(a, variants, architectures);
    const y = tierOf(b, variants, architectures);
    return x.architecture - y.architecture || Number(x.special) - Number(y.special);
  };
  const [first, second] = keys(strategy);
  return (a, b) =>
    byTier(a, b) ||
    first.compare(a, b) ||
    second.compare(a, b) ||
    compareSortKeys(DEFAULT_ORDER, sortKeyOf(a), sortKeyOf(b));
}

function special(image: DiskImage, variants: ReadonlySet<DiskImage>): boolean {
  return image.gpu || variants.has(image);
}

/** One of the two keys a strategy compares, best first, unknown values last. */
interface Key {
  /** `version`, `creation time`. */
  name: string;
  /** `highest`, `newest`. */
  best: string;
  /** `higher`, `newer`. */
  better: string;
  known(image: DiskImage): boolean;
  /** Negative when `a` is better. */
  compare(a: DiskImage, b: DiskImage): number;
  /** The image's value, known: `22.04`, `2024-01-01T00:00:00.000Z`. */
  value(image: DiskImage): string;
  /** The same in words: `version 22.04`, `created 2024-01-01T00:00:00.000Z`. */
  of(image: DiskImage): string;
  /** What one or several images with this value are: `has version 22.04`, `were created 2024-01-01T00:00:00.000Z`. */
  has(image: DiskImage, several?: boolean): string;
}

const VERSION_KEY: Key = {
  name: 'version',
  best: 'highest',
  better: 'higher',
  known: (image) => image.version !== null,
  compare: (a, b) => compareVersions(b.version, a.version),
  value: (image) => image.version!,
  of: (image) => `version ${image.version}`,
  has: (image, several = false) => `${several ? 'have' : 'has'} version ${image.version}`,
};

const CREATED_KEY: Key = {
  name: 'creation time',
  best: 'newest',
  better: 'newer',
  known: (image) => image.createdAt !== null,
  compare: (a, b) => (createdAt(a) === createdAt(b) ? 0 : createdAt(a) > createdAt(b) ? -1 : 1),
  value: (image) => image.createdAt!.toISOString(),
  of: (image) => `created ${image.createdAt!.toISOString()}`,
  has: (image, several = false) => `${several ? 'were' : 'was'} created ${image.createdAt!.toISOString()}`,
};

/** The strategy's own key, then the one that breaks its ties. */
function keys(strategy: LatestStrategy): [Key, Key] {
  return strategy === 'VERSION' ? [VERSION_KEY, CREATED_KEY] : [CREATED_KEY, VERSION_KEY];
}
export function pickLatest(
  candidates: DiskImage[],
  strategy: LatestStrategy,
  preferences: LatestPreferences = {},
): LatestPick {
  const architectures = preferences.architectures?.length ? preferences.architectures : DEFAULT_ARCHITECTURES;
  // A search already returns each image once; candidates from elsewhere may not.
  const distinct = distinctImages(candidates);
  const variants = variantsAmong(distinct);
  const ranked = distinct.sort(rank(strategy, variants, architectures));
  const [image = null, runnerUp = null] = ranked;
  if (!image) return { image, runnerUp, candidates: 0, tiedOnKey: 0, reason: 'No image matches the filter.' };
  const [key] = keys(strategy);
  const tiedOnKey = ranked.filter((other) => key.compare(image, other) === 0).length;
  const tier = (candidate: DiskImage) => tierOf(candidate, variants, architectures);
  return { image, runnerUp, candidates: ranked.length, tiedOnKey, reason: explain(strategy, ranked, tier, variants) };
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** What kind of build an image is: `plain X86_64 build`, `GPU ARM64 build`, `variant build of unknown architecture`. */
function kindOf(image: DiskImage, variants: ReadonlySet<DiskImage>): { kind: string; architecture: string | null } {
  return { kind: image.gpu ? 'GPU' : variants.has(image) ? 'variant' : 'plain', architecture: image.architecture };
}

/** `plain X86_64 build(s)`; a tier of GPU builds and variants is `GPU or variant … builds`. */
function buildsNamed(
  images: readonly DiskImage[],
  variants: ReadonlySet<DiskImage>,
  count: number = images.length,
): string {
  const described = images.map((image) => kindOf(image, variants));
  const kinds = [...new Set(described.map((entry) => entry.kind))].join(' or ');
  const architectures = [...new Set(described.map((entry) => entry.architecture))];
  const noun = count === 1 ? 'build' : 'builds';
  if (architectures.length === 1 && architectures[0] !== null) return `${kinds} ${architectures[0]} ${noun}`;
  if (architectures.length === 1) return `${kinds} ${noun} of unknown architecture`;
  return `${kinds} ${noun}`;
}

const STABLE_ORDER = 'the stable order decided (provider, region, name, id)';

/**
 * Why the winner won, in words, and only what is true of this pick: the preference tier it
 * won in (when other candidates ranked after it on preference alone), its key, how a tie on
 * that key was broken (only when there was one), and the best build that lost on preference
 * although its key was better.
 */
function explain(
  strategy: LatestStrategy,
  ranked: DiskImage[],
  tierOf: (image: DiskImage) => Tier,
  variants: ReadonlySet<DiskImage>,
): string {
  const [key, tieBreak] = keys(strategy);
  const image = ranked[0]!;
  const total = ranked.length;
  const winnerTier = tierOf(image);
  const inTier = (other: DiskImage) => {
    const tier = tierOf(other);
    return tier.architecture === winnerTier.architecture && tier.special === winnerTier.special;
  };
  const tier = ranked.filter(inTier);
  // Better on the key than the winner: only builds that rank after it on preference.
  const passedOver = ranked.filter((other) => key.compare(other, image) < 0);
  const tierName = (count: number) => buildsNamed(tier, variants, count);
  const sentences: string[] = [];

  if (total === 1) {
    sentences.push(
      key.known(image) ? `The only candidate ${key.has(image)}.` : `The only candidate states no ${key.name}.`,
    );
  } else if (key.known(image)) {
    // Its key is the best of all candidates unless a build it outranked on preference has a better one.
    if (passedOver.length === 0)
      sentences.push(`${capitalised(key.best)} ${key.name} among ${total} candidates: ${key.value(image)}.`);
    else if (tier.length === 1) sentences.push(`The only ${tierName(1)} among ${total} candidates ${key.has(image)}.`);
    else
      sentences.push(
        `${capitalised(key.best)} ${key.name} among the ${tier.length} ${tierName(tier.length)} (of ${total} candidates): ${key.value(image)}.`,
      );
    const tied = tier.filter((other) => key.compare(other, image) === 0);
    const tiedElsewhere = ranked.filter((other) => !inTier(other) && key.compare(other, image) === 0);
    const sharing = tied.length + tiedElsewhere.length;
    if (sharing > 1) {
      const subject =
        sharing === total
          ? total === 2
            ? 'Both candidates share it'
            : `All ${total} candidates share it`
          : `${sharing} candidates share it`;
      const parts = [subject];
      if (tiedElsewhere.length > 0) {
        parts.push(
          tied.length === 1
            ? `the ${tierName(1)} among them ranks first`
            : `the ${tied.length} ${tierName(tied.length)} among them rank first`,
        );
      }
      if (tied.length > 1) parts.push(tiesBroken(tied, image, tieBreak, { then: tiedElsewhere.length > 0 }));
      sentences.push(`${parts.join('; ')}.`);
    }
  } else {
    // Known keys rank first within a tier, so no candidate of the winner's tier states one.
    const whose =
      tier.length === total
        ? `None of the ${total} candidates states a ${key.name}`
        : tier.length === 1
          ? `The winner is the only ${tierName(1)} among ${total} candidates and states no ${key.name}`
          : `None of the ${tier.length} ${tierName(tier.length)} (of ${total} candidates) states a ${key.name}`;
    sentences.push(
      tier.length === 1 ? `${whose}.` : `${whose}; ${tiesBroken(tier, image, tieBreak, { either: true })}.`,
    );
  }

  if (passedOver.length > 0) {
    // The best of them on the key (ranked order breaks a tie between them).
    const top = passedOver.reduce((best, other) => (key.compare(other, best) < 0 ? other : best));
    const winnerKind = buildsNamed([image], variants);
    sentences.push(
      passedOver.length === 1
        ? `${top.name} (${key.of(top)}) is ${key.better}, but as a ${buildsNamed([top], variants)} it ranks after a ${winnerKind} unless the filter asks for it.`
        : `${passedOver.length} other candidates are ${key.better} but rank after a ${winnerKind} unless the filter asks for them; ` +
            `the ${key.best}, ${top.name} (${key.of(top)}), is a ${buildsNamed([top], variants)}.`,
    );
  }
  return sentences.join(' ');
}

/**
 * How a tie on the strategy's key was broken among `tied` (the winner and the builds of its
 * tier that share its key): by the other key when it settles it, else by the stable order.
 */
function tiesBroken(
  tied: readonly DiskImage[],
  winner: DiskImage,
  tieBreak: Key,
  { then = false, either = false } = {},
): string {
  const lead = then ? 'then ' : '';
  if (!tieBreak.known(winner)) {
    // Known values rank first, so none of them states one.
    return `${lead}none of them states a ${tieBreak.name}${either ? ' either' : ''}, so ${STABLE_ORDER}`;
  }
  const sharing = tied.filter((other) => tieBreak.compare(other, winner) === 0).length;
  if (sharing === 1) return `${lead}the ${tieBreak.best} ${tieBreak.name} decided (${tieBreak.value(winner)})`;
  const who = sharing === tied.length ? (tied.length === 2 ? 'both' : `all ${tied.length}`) : `${sharing} of them`;
  return `${lead}${who} ${tieBreak.has(winner, true)}, so ${STABLE_ORDER}`;
}

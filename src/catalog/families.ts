import type { Architecture, CloudProvider, DiskImage } from './disk-image.js';
import { distinctImages } from './distinct-images.js';
import { compareSortKeys, DEFAULT_ORDER, sortKeyOf } from './image-order.js';
import { compareVersions } from './version.js';
import { byNaturalText } from './natural-order.js';

/** The same OS (distribution, version, architecture) wherever it exists. */
export interface ImageFamily {
  key: string;
  distribution: string;
  version: string | null;
  architecture: Architecture | null;
  locations: FamilyLocation[];
}

/**
 * One place (provider and region) where a family exists, and its concrete image there. A Gcore
 * region is one place whichever projects list it: a public image is the same in all of them.
 */
export interface FamilyLocation {
  provider: CloudProvider;
  image: DiskImage;
  /** Other images of the same family in the same place (GPU builds, custom look-alikes…). */
  alternatives: DiskImage[];
}

// Images come from cached listings: each one's family key is built once, not per request.
const familyKeys = new WeakMap<DiskImage, string | null>();

export function familyKeyOf(image: DiskImage): string | null {
  let key = familyKeys.get(image);
  if (key === undefined) {
    key =
      image.distribution === null ? null : `${image.distribution} ${image.version ?? '?'} ${image.architecture ?? '?'}`;
    familyKeys.set(image, key);
  }
  return key;
}

/**
 * Where an image is offered: a provider's region (a Civo region, a Gcore region whatever the
 * project). Image ids differ from one place to the next; within one, an image is one image.
 */
export function placeOf(image: DiskImage): string {
  return `${image.provider}:${image.regionCode}`;
}

/**
 * Builds that extend another image of the same family in the same place, by name:
 * `ubuntu-22.04-x64-docker` and `ubuntu-22.04-x64-nvidia-a100` next to `ubuntu-22.04-x64`.
 * Providers name their variants this way; the base image is what "ubuntu 22.04" means.
 */
export function variantsAmong(images: readonly DiskImage[]): Set<DiskImage> {
  const namesBySlot = new Map<string, Set<string>>();
  const slotOf = (image: DiskImage) => `${placeOf(image)}|${familyKeyOf(image)}`;
  for (const image of images) {
    const names = namesBySlot.get(slotOf(image)) ?? new Set<string>();
    names.add(image.name.toLowerCase());
    namesBySlot.set(slotOf(image), names);
  }
  return new Set(
    images.filter((image) => {
      const name = image.name.toLowerCase();
      return [...namesBySlot.get(slotOf(image))!].some((other) => name.startsWith(`${other}-`));
    }),
  );
}

/**
 * Which image stands for its family in one place: a plain build (not GPU) before a special one,
 * the provider's own before custom ones, a base image before its variants, then the newest,
 * then the stable order.
 */
export function preferredFirst(variants: ReadonlySet<DiskImage>): (a: DiskImage, b: DiskImage) => number {
  return (a, b) =>
    Number(a.gpu) - Number(b.gpu) ||
    Number(a.visibility !== 'PUBLIC') - Number(b.visibility !== 'PUBLIC') ||
    Number(variants.has(a)) - Number(variants.has(b)) ||
    (b.createdAt?.getTime() ?? 0) - (a.createdAt?.getTime() ?? 0) ||
    compareSortKeys(DEFAULT_ORDER, sortKeyOf(a), sortKeyOf(b));
}

/**
 * Families sorted by distribution, newest version first, architecture; locations by provider,
 * region. An image listed in several Gcore projects counts once (`distinctImages`).
 */
export function groupFamilies(images: DiskImage[]): ImageFamily[] {
  const distinct = distinctImages(images);
  const preferred = preferredFirst(variantsAmong(distinct));
  const families = new Map<string, Map<string, DiskImage[]>>();
  for (const image of distinct) {
    const key = familyKeyOf(image);
    if (key === null) continue;
    const places = families.get(key) ?? new Map<string, DiskImage[]>();
    families.set(key, places);
    const place = placeOf(image);
    const members = places.get(place);
    if (members) members.push(image);
    else places.set(place, [image]);
  }
  return [...families]
    .map(([key, places]) => {
      const locations = [...places.values()]
        .map((members) => {
          const [image, ...alternatives] = [...members].sort(preferred);
          return { provider: image!.provider, image: image!, alternatives };
        })
        .sort((a, b) => a.provider.localeCompare(b.provider) || byNaturalText(a.image.regionCode, b.image.regionCode));
      const sample = locations[0]!.image;
      return {
        key,
        distribution: sample.distribution!,
        version: sample.version,
        architecture: sample.architecture,
        locations,
      };
    })
    .sort(
      (a, b) =>
        a.distribution.localeCompare(b.distribution) ||
        compareVersions(b.version, a.version) ||
        String(a.architecture).localeCompare(String(b.architecture)),
    );
}

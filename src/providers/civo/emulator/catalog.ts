import { deterministicUuid } from '../../../emulator/ids.js';
import { deepFreeze } from '../../../emulator/freeze.js';
import { CIVO_ZERO_TIME, type CivoApiDiskImage, type CivoApiRegion, type CivoImageState } from '../api-types.js';
import {
  CIVO_ACCOUNT_USER_ID,
  CIVO_CUSTOM_TEMPLATES,
  CIVO_PUBLIC_TEMPLATES,
  type CivoImageTemplate,
} from './image-templates.js';
import { CIVO_REGION_DATA } from './regions.js';

/**
 * The emulator's Civo catalog, built once from the templates and frozen: every region's
 * public images (ids differ per region; some images only exist in some regions) followed by
 * the account's custom images there. Tests read it through the functions below, which hand
 * out copies, so no test can change what another sees.
 */

export const civoRegions: readonly CivoApiRegion[] = deepFreeze(structuredClone(CIVO_REGION_DATA));

const imagesByRegion = new Map<string, readonly CivoApiDiskImage[]>(
  civoRegions.map((region, index) => [region.code.toUpperCase(), deepFreeze(buildRegion(region, index))]),
);

/** Ids of every custom image in every region. */
export const civoCustomImageIds: ReadonlySet<string> = new Set(
  [...imagesByRegion.values()]
    .flat()
    .filter((image) => isCustom(image))
    .map((image) => image.id),
);

/** The region with this code (any case), or undefined. */
export function findCivoRegion(code: string): CivoApiRegion | undefined {
  return civoRegions.find((region) => region.code.toUpperCase() === code.trim().toUpperCase());
}

/**
 * Every image of a region, public and custom, as `GET /v2/disk_images?region=` lists it.
 * The code matches in any case; an unknown region throws (a test asking for one is wrong).
 */
export function civoImagesByRegion(code: string): CivoApiDiskImage[] {
  return structuredClone([...frozenImages(code)]);
}

/** The account's custom images of a region, as `type=custom` lists them. */
export function civoCustomImages(code: string): CivoApiDiskImage[] {
  return civoImagesByRegion(code).filter(isCustom);
}

/** Civo's own images of a region. */
export function civoPublicImages(code: string): CivoApiDiskImage[] {
  return civoImagesByRegion(code).filter((image) => !isCustom(image));
}

/**
 * The frozen images of a region, for the routes (they only serialise them), or undefined
 * for an unknown region.
 */
export function civoRegionImages(code: string): readonly CivoApiDiskImage[] | undefined {
  return imagesByRegion.get(code.trim().toUpperCase());
}

/** Custom images carry their creator; Civo's own carry none or an empty one (README, our choice). */
export function isCustom(image: CivoApiDiskImage): boolean {
  return typeof image.created_by === 'string' && image.created_by !== '';
}

function frozenImages(code: string): readonly CivoApiDiskImage[] {
  const images = civoRegionImages(code);
  if (!images) throw new RangeError(`The emulator has no Civo region ${JSON.stringify(code)}`);
  return images;
}

function buildRegion(region: CivoApiRegion, regionIndex: number): CivoApiDiskImage[] {
  const code = region.code.toUpperCase();
  const present = CIVO_PUBLIC_TEMPLATES.filter(
    (template) => (!template.regions || template.regions.includes(code)) && (!template.gpu || region.features.gpu),
  );
  const defaults = defaultImages(present);
  const publicImages = present.map((template) => {
    const image = buildImage(template, code, regionIndex, 'available');
    if (defaults.has(template)) image.distribution_default = true;
    else if (!template.omitDefaultFlag) image.distribution_default = false;
    if (template.emptyCreator) image.created_by = '';
    return image;
  });
  const customImages = CIVO_CUSTOM_TEMPLATES.flatMap((template) => {
    const state = template.states[code];
    if (state === undefined) return [];
    const image = buildImage(template, code, regionIndex, state);
    image.created_by = CIVO_ACCOUNT_USER_ID;
    return [image];
  });
  return [...publicImages, ...customImages];
}

/**
 * One default per distribution in each region: the preferred template where present, else
 * the newest (last listed) one of that distribution.
 */
function defaultImages(present: CivoImageTemplate[]): Set<CivoImageTemplate> {
  const byDistribution = new Map<string, CivoImageTemplate>();
  for (const template of present) {
    const current = byDistribution.get(template.distribution);
    if (!current?.preferredDefault) byDistribution.set(template.distribution, template);
  }
  return new Set(byDistribution.values());
}

function buildImage(
  template: CivoImageTemplate,
  code: string,
  regionIndex: number,
  state: CivoImageState,
): CivoApiDiskImage {
  // Key order follows the API's: the seven documented fields, then the SDK's extras.
  const image: CivoApiDiskImage = {
    id: deterministicUuid(`civo:${code}:${template.name}`),
    name: template.name,
    version: template.version,
    state,
    distribution: template.distribution,
    description: template.description,
    label: template.label,
  };
  if (template.initialUser !== undefined) image.initial_user = template.initialUser;
  if (template.os !== undefined) image.os = template.os;
  if (template.url)
    image.disk_image_url = `https://civo-disk-images.s3.amazonaws.com/${code.toLowerCase()}/${template.name}.qcow2`;
  if (template.sizeBytes !== undefined) image.disk_image_size_bytes = template.sizeBytes;
  if (template.logo)
    image.logo_url = `https://civo-com-assets.ams3.digitaloceanspaces.com/images/distributions/${template.distribution}.svg`;
  if (template.created !== undefined) image.created_at = regionalTime(template.created, regionIndex);
  return image;
}

/** Each region got its copy of an image a little later than the previous region did. */
function regionalTime(created: string, regionIndex: number): string {
  if (created === CIVO_ZERO_TIME) return created;
  const shifted = new Date(Date.parse(created) + regionIndex * 41 * 60_000);
  return shifted.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

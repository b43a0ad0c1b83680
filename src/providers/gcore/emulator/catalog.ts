import { deepFreeze } from '../../../emulator/freeze.js';
import { deterministicUuid } from '../../../emulator/ids.js';
import type {
  GcoreApiImage,
  GcoreApiProject,
  GcoreApiRegion,
  GcoreApiTag,
  GcoreImageVisibility,
} from '../api-types.js';
import { GCORE_PROJECT_DATA, GCORE_REGION_DATA } from './directory.js';
import {
  GCORE_BAREMETAL_TEMPLATES,
  GCORE_PROJECT_BAREMETAL_TEMPLATES,
  GCORE_PROJECT_TEMPLATES,
  GCORE_PUBLIC_TEMPLATES,
  type GcoreImageTemplate,
} from './image-templates.js';
import { gcorePrice } from './prices.js';
import { shiftGcoreTimestamp } from './timestamps.js';

export { gcorePrice, GCORE_NO_PRICE, type GcoreImagePrice } from './prices.js';
export { GCORE_CLIENT_ID } from './directory.js';
export { GCORE_SHARING_PROJECT_ID } from './image-templates.js';

/**
 * The emulator's Gcore catalog, built once and frozen. Per project × region: public images
 * (one object per region, the same for both projects, so ids differ per region but not per
 * project), then the project's private images and the images shared with it. Bare-metal
 * images are a separate listing. Prices are null here; routes add them on request.
 * Tests read it through the functions below, which hand out copies.
 */

export const gcoreRegions: readonly GcoreApiRegion[] = deepFreeze(structuredClone(GCORE_REGION_DATA));
export const gcoreProjects: readonly GcoreApiProject[] = deepFreeze(structuredClone(GCORE_PROJECT_DATA));

type Kind = 'vm' | 'baremetal';

/** A template and whose it is: Gcore's (public) or the project's own or shared with it. */
interface Placed {
  template: GcoreImageTemplate;
  visibility: GcoreImageVisibility;
}

function asPublic(template: GcoreImageTemplate): Placed {
  return { template, visibility: 'public' };
}

function asProjects(template: GcoreImageTemplate): Placed {
  return { template, visibility: template.ownerProjectId === undefined ? 'private' : 'shared' };
}

const catalogs = new Map<string, readonly GcoreApiImage[]>();
for (const project of gcoreProjects) {
  gcoreRegions.forEach((region, regionIndex) => {
    const vm = [
      ...GCORE_PUBLIC_TEMPLATES.map(asPublic),
      ...(GCORE_PROJECT_TEMPLATES[project.id] ?? []).map(asProjects),
    ];
    const baremetal = region.has_baremetal
      ? [
          ...GCORE_BAREMETAL_TEMPLATES.map(asPublic),
          ...(GCORE_PROJECT_BAREMETAL_TEMPLATES[project.id] ?? []).map(asProjects),
        ]
      : [];
    catalogs.set(key(project.id, region.id, 'vm'), deepFreeze(buildPartition(vm, project, region, regionIndex, 'vm')));
    catalogs.set(
      key(project.id, region.id, 'baremetal'),
      deepFreeze(buildPartition(baremetal, project, region, regionIndex, 'baremetal')),
    );
  });
}

export function findGcoreRegion(id: number): GcoreApiRegion | undefined {
  return gcoreRegions.find((region) => region.id === id);
}

export function findGcoreProject(id: number): GcoreApiProject | undefined {
  return gcoreProjects.find((project) => project.id === id);
}

/**
 * What `GET /cloud/v1/images/{project}/{region}` lists without filters, in its order; prices
 * null unless asked for. An unknown project or region throws (a test asking for one is wrong).
 */
export function gcoreImages(
  projectId: number,
  regionId: number,
  options: { includePrices?: boolean } = {},
): GcoreApiImage[] {
  return copies(projectId, regionId, 'vm', options.includePrices ?? false);
}

/** What `GET /cloud/v1/bmimages/{project}/{region}` lists: [] where the region has no bare metal. */
export function gcoreBaremetalImages(
  projectId: number,
  regionId: number,
  options: { includePrices?: boolean } = {},
): GcoreApiImage[] {
  return copies(projectId, regionId, 'baremetal', options.includePrices ?? false);
}

/** The image with its price fields filled, as `include_prices=true` answers it. */
export function withPrice(image: GcoreApiImage): GcoreApiImage {
  return { ...image, ...gcorePrice(image) };
}

/** The frozen listing of a partition for the routes, or undefined when it does not exist. */
export function gcorePartitionImages(
  projectId: number,
  regionId: number,
  kind: Kind,
): readonly GcoreApiImage[] | undefined {
  return catalogs.get(key(projectId, regionId, kind));
}

function copies(projectId: number, regionId: number, kind: Kind, includePrices: boolean): GcoreApiImage[] {
  const images = gcorePartitionImages(projectId, regionId, kind);
  if (!images) throw new RangeError(`The emulator has no Gcore project ${projectId} × region ${regionId}`);
  return images.map((image) => (includePrices ? withPrice(structuredClone(image)) : structuredClone(image)));
}

function key(projectId: number, regionId: number, kind: Kind): string {
  return `${kind}:${projectId}:${regionId}`;
}

function presentIn(template: GcoreImageTemplate, region: GcoreApiRegion): boolean {
  if (template.where === undefined) return true;
  if (template.where === 'ai') return region.has_ai || region.has_ai_gpu;
  if (template.where === 'ai-gpu') return region.has_ai_gpu;
  return template.where.includes(region.id);
}

function buildPartition(
  placed: Placed[],
  project: GcoreApiProject,
  region: GcoreApiRegion,
  regionIndex: number,
  kind: Kind,
): GcoreApiImage[] {
  return placed
    .filter(({ template }) => presentIn(template, region))
    .map(({ template, visibility }) => buildImage(template, visibility, project, region, regionIndex, kind))
    .sort(listingOrder);
}

/** The listing order: display_order (unset last), then name, then id. */
function listingOrder(a: GcoreApiImage, b: GcoreApiImage): number {
  const order = (a.display_order ?? Number.MAX_SAFE_INTEGER) - (b.display_order ?? Number.MAX_SAFE_INTEGER);
  if (order !== 0) return order;
  return a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function buildImage(
  template: GcoreImageTemplate,
  visibility: GcoreImageVisibility,
  project: GcoreApiProject,
  region: GcoreApiRegion,
  regionIndex: number,
  kind: Kind,
): GcoreApiImage {
  const owner =
    visibility === 'public' ? 'public' : visibility === 'shared' ? String(template.ownerProjectId) : String(project.id);
  // Public images exist once per region (the same id in every project); the others per owner.
  const id = deterministicUuid(`gcore:${kind}:${owner}:${region.id}:${template.name}`);
  const status =
    typeof template.status === 'object'
      ? (template.status[region.id] ?? template.status.default)
      : (template.status ?? 'active');
  // Each region got its copy a little later than the one listed before it.
  const createdAt = shiftGcoreTimestamp(template.created, regionIndex * 23);
  const windows = template.osType === 'windows';
  const tags = (template.tags ?? []).map(([tagKey, value, readOnly]): GcoreApiTag => ({
    key: tagKey,
    value,
    read_only: readOnly,
  }));
  const inProgress = status === 'queued' || status === 'saving';
  return {
    id,
    name: template.name,
    description: template.description ?? null,
    status,
    visibility,
    min_disk: template.minDisk,
    min_ram: template.minRam,
    os_distro: template.distro,
    os_version: template.version,
    os_type: template.osType ?? 'linux',
    architecture: template.arch ?? 'x86_64',
    disk_format: template.diskFormat ?? 'raw',
    size: template.size,
    display_order: visibility === 'public' ? (template.displayOrder ?? null) : null,
    ssh_key: template.sshKey ?? (visibility === 'public' ? (windows ? 'deny' : 'allow') : null),
    hw_firmware_type: template.firmware ?? null,
    hw_machine_type: template.machine ?? null,
    is_baremetal: kind === 'baremetal',
    gpu_driver: template.gpu?.driver ?? null,
    gpu_driver_type: template.gpu?.type ?? null,
    gpu_driver_version: template.gpu?.version ?? null,
    project_id: visibility === 'shared' ? template.ownerProjectId! : project.id,
    region: region.display_name,
    region_id: region.id,
    created_at: createdAt,
    updated_at: shiftGcoreTimestamp(createdAt, (template.updatedAfterDays ?? 0) * 24 * 60),
    creator_task_id: visibility === 'public' ? null : deterministicUuid(`gcore:creator-task:${id}`),
    task_id: inProgress ? deterministicUuid(`gcore:task:${id}`) : null,
    tags,
    // Both keys are sent with the same content; separate arrays, as after JSON parsing.
    tags_v2: tags.map((tag) => ({ ...tag })),
    currency_code: null,
    price_per_hour: null,
    price_per_month: null,
    price_status: null,
  };
}

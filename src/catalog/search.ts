import { GraphQLError } from 'graphql';
import { requireCivo, requireGcore, type Context } from '../context.js';
import { ErrorCode, UpstreamError, type PartitionRef } from '../errors.js';
import type { GcoreDirectory } from '../providers/gcore/directory.js';
import type { CloudProvider, DiskImage } from './disk-image.js';
import { distinctImages } from './distinct-images.js';
import { matchesFilter, type ImageFilter } from './image-filter.js';
import { chargePartitions, type PartitionRefusal } from './partition-budget.js';
import { failureOf, type CatalogPartition, type Coverage, type PartitionFailure } from './partitions.js';

export interface SearchResult {
  images: DiskImage[];
  coverage: Coverage;
}

export interface SearchOptions {
  /** Words a TOO_MANY_PARTITIONS refusal for the field searching (default: a filtered search's). */
  refusal?: (refusal: PartitionRefusal) => string;
}

/**
 * Searches every partition the filter allows, all at once (a query waits for its slowest
 * partition, not the sum), one list call per partition. A failing partition costs only its
 * own images: it is reported in `coverage.failed`, never returned as an empty list.
 * An image is one row however many partitions list it (`distinctImages`).
 */
export async function searchCatalog(
  context: Context,
  filter: ImageFilter,
  options: SearchOptions = {},
): Promise<SearchResult> {
  const plan = await planPartitions(context, filter);
  const { partitions } = plan;
  chargePartitions(context, partitions, options.refusal);
  const outcomes = await Promise.all(
    partitions.map(async (partition) => {
      try {
        return { images: await listPartition(context, partition, filter) };
      } catch (error) {
        if (error instanceof GraphQLError) return { failure: failureOf(partition, error) };
        throw error;
      }
    }),
  );
  const failed = [...plan.failed];
  const listed: DiskImage[] = [];
  // Partitions are in configured order (Gcore: the default project first), so the copy kept
  // of an image listed in several projects is the first project's.
  for (const outcome of outcomes) {
    if (outcome.failure) failed.push(outcome.failure);
    else for (const image of outcome.images ?? []) if (matchesFilter(image, filter)) listed.push(image);
  }
  // A failure found while planning (a provider, project or region that could not be asked at
  // all) counts once as requested and failed, however many partitions it stands for.
  const requested = partitions.length + plan.failed.length;
  return { images: distinctImages(listed), coverage: { requested, answered: requested - failed.length, failed } };
}

/** The partition's plain listing; the filter is applied by the caller, here. */
function listPartition(context: Context, partition: CatalogPartition, filter: ImageFilter): Promise<DiskImage[]> {
  if (partition.provider === 'CIVO') return requireCivo(context).loaders.images(partition.region);
  return requireGcore(context).loaders.images(partition.projectId, partition.regionId, {
    baremetal: filter.baremetal ?? false,
  });
}

/** Whether any image of `provider` could match: Civo has no bare metal and only PUBLIC/CUSTOM images. */
function canMatch(provider: CloudProvider, filter: ImageFilter): boolean {
  const visibilities = provider === 'CIVO' ? ['PUBLIC', 'CUSTOM'] : ['PUBLIC', 'PRIVATE', 'SHARED'];
  if (filter.visibility && !filter.visibility.some((visibility) => visibilities.includes(visibility))) return false;
  return !(provider === 'CIVO' && filter.baremetal);
}

export interface Plan {
  /** Partitions to call, each once, in configured order. */
  partitions: CatalogPartition[];
  /**
   * What the search needed but cannot ask: providers whose discovery failed or that the filter
   * names (by provider, region or project) without a key, and regions or Gcore projects that
   * discovery does not list (one failure each, whatever it would have been crossed with).
   * Each counts once as requested and failed.
   */
  failed: PartitionFailure[];
}

/**
 * Which partitions a filter needs: configured ones, narrowed by providers, regions and projects.
 * Partitions that cannot match are not called: none of a provider whose listings cannot match
 * the filter, no Gcore bare-metal listing of a region without bare metal.
 */
export async function planPartitions(context: Context, filter: ImageFilter): Promise<Plan> {
  const wanted = (provider: CloudProvider) => !filter.providers || filter.providers.includes(provider);
  const named = (provider: CloudProvider) =>
    filter.regions?.filter((region) => region.provider === provider).map((region) => region.code);
  const civoRegions = named('CIVO');
  const gcoreRegions = named('GCORE')?.map(Number);
  // A filter names a provider by name, or through its regions or projects: a provider named
  // without a key is a failed part of the answer, not a silently empty one.
  const civoNamed = (filter.providers?.includes('CIVO') ?? false) || (civoRegions?.length ?? 0) > 0;
  const gcoreNamed =
    (filter.providers?.includes('GCORE') ?? false) ||
    (gcoreRegions?.length ?? 0) > 0 ||
    filter.gcoreProjectIds !== undefined;

  const [civo, gcore] = await Promise.all([
    wanted('CIVO') && canMatch('CIVO', filter) && civoRegions?.length !== 0
      ? providerPartitions('CIVO', civoNamed, () => planCivo(context, civoRegions))
      : empty(),
    wanted('GCORE') && canMatch('GCORE', filter) && gcoreRegions?.length !== 0
      ? providerPartitions('GCORE', gcoreNamed, () => planGcore(context, filter, gcoreRegions))
      : empty(),
  ]);
  return { partitions: [...civo.partitions, ...gcore.partitions], failed: [...civo.failed, ...gcore.failed] };
}

async function planCivo(context: Context, named: string[] | undefined): Promise<Plan> {
  const { directory } = requireCivo(context);
  const regions = named ?? (await directory.configuredRegions());
  // Discovery (cached) says which regions exist. It is needed even for regions named outright:
  // every image answers its `region` from it, so without it this provider's part fails here,
  // as one coded failure, instead of nulling the whole answer when `region` is selected.
  const listed = new Set((await directory.regions()).map((region) => region.code.toUpperCase()));
  const plan: Plan = { partitions: [], failed: [] };
  for (const region of distinct(regions)) {
    const partition: CatalogPartition = { provider: 'CIVO', region };
    if (!listed.has(region)) {
      plan.failed.push(
        failureOf(partition, notListed('Civo', `region ${region}`, 'GET /v2/regions', { provider: 'civo', region })),
      );
    } else {
      plan.partitions.push(partition);
    }
  }
  return plan;
}

async function planGcore(context: Context, filter: ImageFilter, named: number[] | undefined): Promise<Plan> {
  const { directory } = requireGcore(context);
  const [projectIds, regionIds, listedRegions, listedProjects] = await Promise.all([
    filter.gcoreProjectIds ? inConfiguredOrder(filter.gcoreProjectIds, directory) : directory.configuredProjectIds(),
    named ?? directory.configuredRegionIds(),
    // Discovery (cached) says which regions and projects exist and which regions have bare
    // metal. Images answer their `region` from the region list, so without it this provider's
    // part fails here (see planCivo); without the project list every project is asked.
    directory.regions().then((all) => new Map(all.map((region) => [region.id, region]))),
    directory.projects().then(
      (all) => new Set(all.map((project) => project.id)),
      () => null,
    ),
  ]);
  const plan: Plan = { partitions: [], failed: [] };
  // A project or region discovery does not list is one failure, not one per partition it
  // would have made: asking it would only cost calls that answer "not found".
  const projects = distinct(projectIds).filter((projectId) => {
    if (!listedProjects || listedProjects.has(projectId)) return true;
    const error = notListed('Gcore', `project ${projectId}`, 'GET /cloud/v1/projects', {
      provider: 'gcore',
      projectId,
    });
    plan.failed.push({ provider: 'GCORE', region: null, projectId, error });
    return false;
  });
  const regions = distinct(regionIds).filter((regionId) => {
    if (listedRegions.has(regionId)) return true;
    const error = notListed('Gcore', `region ${regionId}`, 'GET /cloud/v1/regions', { provider: 'gcore', regionId });
    plan.failed.push({ provider: 'GCORE', region: String(regionId), projectId: null, error });
    return false;
  });
  for (const projectId of projects) {
    for (const regionId of regions) {
      // No bare metal there, so no bare-metal image: nothing to ask, nothing missing.
      if (filter.baremetal && listedRegions.get(regionId)?.has_baremetal === false) continue;
      plan.partitions.push({ provider: 'GCORE', projectId, regionId });
    }
  }
  return plan;
}

/**
 * Project ids a filter names, in configured order (the default project first), then any
 * others as given: the copy of a public image kept is then the same as without the filter.
 */
async function inConfiguredOrder(projectIds: number[], directory: GcoreDirectory): Promise<number[]> {
  if (projectIds.length < 2) return projectIds;
  const configured = await directory.configuredProjectIds().catch((): number[] => []);
  const rank = (id: number) => {
    const index = configured.indexOf(id);
    return index === -1 ? configured.length : index;
  };
  return [...projectIds].sort((a, b) => rank(a) - rank(b));
}

function notListed(label: 'Civo' | 'Gcore', what: string, route: string, partition: PartitionRef): UpstreamError {
  return new UpstreamError(`${label} has no ${what}: ${route} does not list it, so it was not searched.`, {
    code: ErrorCode.UPSTREAM_NOT_FOUND,
    partition,
  });
}

function distinct<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}

async function empty(): Promise<Plan> {
  return { partitions: [], failed: [] };
}

async function providerPartitions(
  provider: CloudProvider,
  explicitlyNamed: boolean,
  plan: () => Promise<Plan>,
): Promise<Plan> {
  try {
    return await plan();
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
    // An unconfigured provider is simply not searched, unless the filter asked for it by name.
    if (error.extensions.code === ErrorCode.PROVIDER_NOT_CONFIGURED && !explicitlyNamed)
      return { partitions: [], failed: [] };
    return { partitions: [], failed: [{ provider, region: null, projectId: null, error }] };
  }
}

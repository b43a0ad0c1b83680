import type { GcoreConfig } from './settings.js';
import { ErrorCode, UpstreamError } from '../../errors.js';
import { once } from '../../shared/once.js';
import type { AccountListings } from '../../catalog-cache/listing-cache.js';
import type { GcoreProjectRecord, GcoreRegionRecord } from './read.js';
import type { GcoreClient } from './client.js';

/**
 * Gcore's regions and projects, shared across requests: they change rarely and every
 * defaulted project or fan-out needs them.
 */
export interface GcoreDirectory {
  regions(): Promise<GcoreRegionRecord[]>;
  projects(): Promise<GcoreProjectRecord[]>;
  /** GCORE_PROJECT_IDS, or every project the key can see (default first). */
  configuredProjectIds(): Promise<number[]>;
  /** GCORE_REGION_IDS, or every ACTIVE region: others serve no images worth searching. */
  configuredRegionIds(): Promise<number[]>;
  /** Where a projectId-less query goes: the first of GCORE_PROJECT_IDS, else the API's default project. */
  defaultProjectId(): Promise<number>;
  /** The same answers for one request, from at most one region list and one project list call. */
  forRequest(): GcoreDirectory;
}

export function createGcoreDirectory(
  client: GcoreClient,
  config: GcoreConfig,
  catalog: AccountListings,
): GcoreDirectory {
  // Shared by all requests (and instances, through Redis), so no request's abort signal may cancel them.
  const where = { provider: 'gcore' };
  return directoryOver(
    {
      regions: () => catalog.discovery('regions', where, (signal) => client.listRegions(signal)),
      projects: () => catalog.discovery('projects', where, (signal) => client.listProjects(signal)),
    },
    config,
  );
}

interface Sources {
  regions(): Promise<GcoreRegionRecord[]>;
  projects(): Promise<GcoreProjectRecord[]>;
}

function directoryOver(sources: Sources, config: GcoreConfig): GcoreDirectory {
  async function configuredProjectIds(): Promise<number[]> {
    if (config.projectIds) return config.projectIds;
    const listed = await sources.projects();
    return [...listed.filter((project) => project.is_default), ...listed.filter((project) => !project.is_default)].map(
      (project) => project.id,
    );
  }

  return {
    regions: sources.regions,
    projects: sources.projects,
    configuredProjectIds,
    async configuredRegionIds() {
      if (config.regionIds) return config.regionIds;
      return (
        (await sources.regions())
          // A region whose state cannot be read is searched: asking costs one call, and a failure
          // is reported, where skipping it would drop its images without a word.
          .filter((region) => (region.state ?? 'ACTIVE').toUpperCase() === 'ACTIVE')
          .map((region) => region.id)
      );
    },
    async defaultProjectId() {
      const [first] = await configuredProjectIds();
      if (first === undefined) {
        throw new UpstreamError(
          'Gcore lists no projects for this key, so there is no default project: pass `projectId`.',
          {
            code: ErrorCode.UPSTREAM_NOT_FOUND,
            partition: { provider: 'gcore' },
          },
        );
      }
      return first;
    },
    forRequest: () => directoryOver({ regions: once(sources.regions), projects: once(sources.projects) }, config),
  };
}

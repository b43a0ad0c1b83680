import type { DiskImage, Region } from '../../../src/catalog/disk-image.js';
import { failureOf, type CatalogPartition } from '../../../src/catalog/partitions.js';
import { distinct, notListed, type Plan } from '../../../src/catalog/provider-catalog.js';
import type { Context } from '../../../src/context.js';
import { once } from '../../../src/shared/once.js';
import { ErrorCode, UpstreamError } from '../../../src/errors.js';
import { createPartitionLoaders, type PartitionLoaders } from '../../../src/providers/partition-loaders.js';
import { requireScope, type ProviderPlugin } from '../../../src/providers/plugin.js';
import { createUpstreamHttp, UpstreamFailureError } from '../../../src/upstream/http-client.js';
import { transportFailureError, httpFailureDetails } from '../../../src/upstream/failure-errors.js';
import { essentialIdAndName, MalformedBodyError, readItems } from '../../../src/upstream/tolerant-read.js';

/**
 * A tiny third cloud, registered by tests only: it shows that a provider is one plug-in, and
 * that search, facets, coverage and node() serve it with no change outside its folder.
 */
export const TEST_CLOUD = 'TESTCLOUD';

export interface TestCloudImage extends DiskImage {
  provider: typeof TEST_CLOUD;
  raw: { distro: string | null };
}

export interface TestCloudRegion extends Region {
  provider: typeof TEST_CLOUD;
}

interface Client {
  regions(): Promise<TestCloudRegion[]>;
  images(region: string, signal: AbortSignal): Promise<TestCloudImage[]>;
}

interface Scope {
  client: Client;
  /** Discovery, asked at most once per request (as Civo's and Gcore's directories are). */
  regions: () => Promise<TestCloudRegion[]>;
  loaders: PartitionLoaders<string, TestCloudImage>;
}

function createClient(url: string, userAgent: string): Client {
  const http = createUpstreamHttp({
    timeoutMs: 2_000,
    retryLimit: 0,
    retryBaseDelayMs: 1,
    maxRetryAfterMs: 0,
    baseUrl: url,
    authorization: 'test-cloud-key',
    retryStatusCodes: [],
    userAgent,
  });
  const get = async <T>(path: string, region: string | undefined, read: (body: unknown) => T, signal?: AbortSignal) => {
    try {
      return await http.getJson(path, {
        read,
        ...(region ? { searchParams: new URLSearchParams({ region }) } : {}),
        ...(signal ? { signal } : {}),
      });
    } catch (error) {
      if (!(error instanceof UpstreamFailureError)) throw error;
      const partition = { provider: 'testcloud', ...(region ? { region } : {}) };
      const { failure } = error;
      if (failure.kind !== 'http') throw transportFailureError('Test cloud', failure, partition, ` in ${region}`);
      throw new UpstreamError(`Test cloud failed in ${region} (HTTP ${failure.status}).`, {
        ...httpFailureDetails(failure, partition, undefined),
        code: ErrorCode.UPSTREAM_UNAVAILABLE,
      });
    }
  };
  const ignore = () => undefined;
  const list = (body: unknown) => {
    if (!Array.isArray(body)) throw new MalformedBodyError('expected an array');
    return body;
  };
  return {
    regions: () =>
      get('regions', undefined, (body) =>
        readItems(
          list(body),
          'region',
          ignore,
          (r) => {
            const code = typeof r.record.code === 'string' ? r.record.code : null;
            return code ? { provider: TEST_CLOUD, code, name: r.string('name') ?? code } : null;
          },
          'code',
        ),
      ),
    images: (region, signal) =>
      get(
        'images',
        region,
        (body) =>
          readItems(
            list(body),
            'image',
            ignore,
            (r) => {
              const identity = essentialIdAndName(r);
              if (!identity) return null;
              const distro = r.string('distro');
              return {
                provider: TEST_CLOUD,
                regionCode: region,
                projectId: null,
                imageId: identity.id,
                name: identity.name,
                distribution: distro,
                version: r.string('version'),
                architecture: 'X86_64',
                osType: 'LINUX',
                status: 'AVAILABLE',
                providerStatus: 'ready',
                description: null,
                sizeBytes: null,
                createdAt: null,
                visibility: 'PUBLIC',
                gpu: false,
                baremetal: false,
                minRamMb: null,
                minDiskGb: null,
                raw: { distro },
              } satisfies TestCloudImage;
            },
            'id and name',
          ),
        signal,
      ),
  };
}

export const requireTestCloud = (context: Context): Scope =>
  requireScope<Scope>(context, { name: TEST_CLOUD, label: 'Test cloud', keySetting: 'TEST_CLOUD_URL' });

const partitionOf = (region: string): CatalogPartition => ({ provider: TEST_CLOUD, region, projectId: null });

/** The plug-in: configured by its own variable, TEST_CLOUD_URL (where its upstream listens). */
export function testCloudProvider(): ProviderPlugin<{ url: string }, Client, Scope> {
  return {
    name: TEST_CLOUD,
    description: 'A test-only cloud.',
    label: 'Test cloud',
    keySetting: 'TEST_CLOUD_URL',
    readSettings: (env) => ({
      config: env.TEST_CLOUD_URL ? { url: env.TEST_CLOUD_URL } : null,
      ignoredInDemo: [],
      pointedAt: (url) => ({ url }),
    }),
    secrets: () => ['test-cloud-key'],
    imageType: 'TestCloudImage',
    regionType: 'TestCloudRegion',
    regionExample: 'north',
    parseRegionCode: (value) => (/^[a-z]+$/.test(value.trim()) ? value.trim() : null),
    createServices: ({ url }, { userAgent }) => createClient(url, userAgent),
    forRequest: (client, request) => ({
      client,
      regions: once(() => client.regions()),
      loaders: createPartitionLoaders<string, TestCloudImage>(
        {
          keyOf: (region) => region,
          budget: (region) => ({
            partition: partitionOf(region),
            where: `test cloud region ${region}`,
            location: { region },
          }),
          list: (region, signal) => client.images(region, signal),
          detail: async () => null,
        },
        request,
      ),
    }),
    catalog: {
      canMatch: (filter) => !filter.baremetal && (!filter.visibility || filter.visibility.includes('PUBLIC')),
      namedBy: () => false,
      async plan(context, _filter, named): Promise<Plan> {
        const listed = await requireTestCloud(context).regions();
        const plan: Plan = { partitions: [], failed: [] };
        for (const region of distinct(named ?? listed.map((entry) => entry.code))) {
          if (listed.some((entry) => entry.code === region)) plan.partitions.push(partitionOf(region));
          else
            plan.failed.push(
              failureOf(
                partitionOf(region),
                notListed('Test cloud', `region ${region}`, 'GET /regions', { provider: 'testcloud', region }),
              ),
            );
        }
        return plan;
      },
      list: (context, partition) => requireTestCloud(context).loaders.images(partition.region),
      async regionOf(context, image) {
        const regions = await requireTestCloud(context).regions();
        return (
          regions.find((region) => region.code === image.regionCode) ?? {
            provider: TEST_CLOUD,
            code: image.regionCode,
            name: image.regionCode,
          }
        );
      },
    },
  };
}

import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { compareVersions } from '../../src/catalog/version.js';
import { graphql } from '../gql/index.js';
import {
  activeGcoreRegions,
  catalogRows,
  gcoreProjectsInOrder,
  partitionCount,
} from '../support/catalog-expectations.js';
import { startStack, type Stack } from '../support/stack.js';

const Search = graphql(`
  query Search(
    $filter: ImageFilter
    $orderBy: [ImageOrder!]
    $first: Int
    $after: String
    $last: Int
    $before: String
  ) {
    images(filter: $filter, orderBy: $orderBy, first: $first, after: $after, last: $last, before: $before) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      edges {
        cursor
        node {
          id
          imageId
          provider
          name
          distribution
          version
          architecture
          status
          visibility
          createdAt
          region {
            code
          }
        }
      }
      coverage {
        requested
        answered
        complete
        failed {
          provider
          region
          projectId
          code
        }
      }
      facets {
        distributions {
          value
          count
        }
        versions {
          value
          count
        }
        architectures {
          value
          count
        }
        osTypes {
          value
          count
        }
        providers {
          value
          count
        }
        regions {
          value
          count
        }
        providerRegions {
          provider
          code
          count
        }
      }
    }
  }
`);

let stack: Stack;
const rows = catalogRows();
const key = (row: { provider: string; id: string }) => `${row.provider}:${row.id}`;

beforeAll(async () => {
  stack = await startStack();
  await stack.query(Search, { first: 0 }); // discovery is cached across requests; count calls without it
});
afterAll(() => stack.close());
beforeEach(() => stack.emulator.resetRequests());

describe('images: one search over every partition', () => {
  it('returns every available image of every configured partition, one list call each', async () => {
    const { data, errors } = await stack.query(Search, {});
    expect(errors).toBeUndefined();
    const expected = rows.filter((row) => row.available);
    expect(data!.images!.totalCount).toBe(expected.length);
    expect(new Set(data!.images!.edges.map(({ node }) => `${node.provider}:${node.imageId}`))).toEqual(
      new Set(expected.map(key)),
    );
    expect(data!.images!.coverage).toEqual({
      requested: partitionCount,
      answered: partitionCount,
      complete: true,
      failed: [],
    });
    expect(
      stack.emulator.count({ route: 'GET /v2/disk_images' }) +
        stack.emulator.count({ route: 'GET /cloud/v1/images/:project/:region' }),
    ).toBe(partitionCount);
  });

  it('filters every partition’s plain listing here, one call per partition', async () => {
    const filter = {
      distributions: ['Ubuntu'],
      versionPrefixes: ['22'],
      architectures: ['X86_64' as const],
      nameContains: 'u',
    };
    const { data, errors } = await stack.query(Search, { filter });
    expect(errors).toBeUndefined();
    const expected = rows.filter(
      (row) =>
        row.available &&
        row.distribution === 'ubuntu' &&
        /^22(\D|$)/.test(row.version) &&
        row.arch === 'x86_64' &&
        row.name.toLowerCase().includes('u'),
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(new Set(data!.images!.edges.map(({ node }) => `${node.provider}:${node.imageId}`))).toEqual(
      new Set(expected.map(key)),
    );
    const gcoreCalls = stack.emulator.requests.filter((request) => request.provider === 'gcore');
    expect(gcoreCalls.length).toBeGreaterThan(0);
    // Nothing is pushed down: each partition gets the plain listing request that every query shares.
    for (const call of gcoreCalls) expect([...call.query.keys()].sort()).toEqual(['include_prices', 'limit', 'offset']);
    expect(new Set(gcoreCalls.map((call) => JSON.stringify(call.partition))).size).toBe(gcoreCalls.length);
    expect(
      stack.emulator.requests.filter((request) => request.provider === 'civo').every((call) => !call.query.has('type')),
    ).toBe(true);
  });

  it('reads a prefix ending in a separator (`22.`, `22.04-`) as ending on that segment boundary', async () => {
    const search = async (versionPrefixes: string[]) => {
      const { data, errors } = await stack.query(Search, { filter: { distributions: ['ubuntu'], versionPrefixes } });
      expect(errors).toBeUndefined();
      return new Set(data!.images!.edges.map(({ node }) => `${node.provider}:${node.imageId}`));
    };
    const ubuntu = rows.filter((row) => row.available && row.distribution === 'ubuntu');
    const dotted = ubuntu.filter((row) => row.version.startsWith('22.'));
    expect(dotted.some((row) => row.version === '22.04')).toBe(true);
    expect(await search(['22.'])).toEqual(new Set(dotted.map(key)));
    const suffixed = ubuntu.filter((row) => row.version.startsWith('22.04-'));
    expect(suffixed.length).toBeGreaterThan(0);
    expect(await search(['22.04-'])).toEqual(new Set(suffixed.map(key)));
  });

  it('matches versions exactly, whatever else the list names', async () => {
    const one = await stack.query(Search, { filter: { versions: ['22.04'], providers: ['GCORE'] } });
    const withUnknown = await stack.query(Search, {
      filter: { versions: ['22.04', 'no-such-version'], providers: ['GCORE'] },
    });
    expect(one.data!.images!.totalCount).toBe(
      rows.filter((row) => row.available && row.provider === 'GCORE' && row.version === '22.04').length,
    );
    expect(one.data!.images!.edges.map(({ node }) => node.id)).toEqual(
      withUnknown.data!.images!.edges.map(({ node }) => node.id),
    );
  });

  it('takes regions by provider and code, the same as by plain code, and counts them apart', async () => {
    const region = activeGcoreRegions[0]!;
    const plain = await stack.query(Search, { filter: { regions: ['lon1', String(region.id)] } });
    stack.emulator.resetRequests();
    const typed = await stack.query(Search, {
      filter: {
        providerRegions: [
          { provider: 'CIVO', code: 'lon1' },
          { provider: 'GCORE', code: `0${region.id}` },
        ],
      },
    });
    expect(typed.errors).toBeUndefined();
    expect(typed.data!.images!.edges.map(({ node }) => node.id)).toEqual(
      plain.data!.images!.edges.map(({ node }) => node.id),
    );
    expect(stack.emulator.count({ provider: 'civo', route: 'GET /v2/disk_images' })).toBe(1);
    const facets = typed.data!.images!.facets.providerRegions;
    expect(facets.map((facet) => `${facet.provider}:${facet.code}`).sort()).toEqual([
      'CIVO:LON1',
      `GCORE:${region.id}`,
    ]);
    expect(facets.reduce((sum, facet) => sum + facet.count, 0)).toBe(typed.data!.images!.totalCount);

    // A code is checked against the provider named with it.
    const wrong = await stack.query(Search, { filter: { providerRegions: [{ provider: 'GCORE', code: 'lon1' }] } });
    expect(wrong.errors![0]!.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'filter.providerRegions',
    });
  });

  it('narrows partitions by provider, region and project, and skips providers that cannot match', async () => {
    const region = activeGcoreRegions[0]!;
    const { data } = await stack.query(Search, { filter: { regions: ['lon1', String(region.id)] } });
    expect(new Set(data!.images!.edges.map(({ node }) => node.region.code))).toEqual(
      new Set(['LON1', String(region.id)]),
    );
    expect(stack.emulator.count({ provider: 'civo' })).toBe(1);

    stack.emulator.resetRequests();
    const custom = await stack.query(Search, {
      filter: { visibility: ['CUSTOM'], statuses: ['AVAILABLE', 'PENDING', 'ERROR'] },
    });
    expect(
      custom.data!.images!.edges.every(({ node }) => node.provider === 'CIVO' && node.visibility === 'CUSTOM'),
    ).toBe(true);
    expect(custom.data!.images!.totalCount).toBe(rows.filter((row) => row.visibility === 'CUSTOM').length);
    expect(stack.emulator.count({ provider: 'gcore' })).toBe(0); // Gcore has no CUSTOM images
    expect(stack.emulator.requests.every((request) => !request.query.has('type'))).toBe(true);
  });

  it('orders version-aware with a total order', async () => {
    const { data } = await stack.query(Search, {
      orderBy: [{ field: 'VERSION', direction: 'DESC' }],
      filter: { distributions: ['ubuntu'] },
    });
    const versions = data!.images!.edges.map(({ node }) => node.version);
    for (let index = 1; index < versions.length; index++)
      expect(compareVersions(versions[index - 1]!, versions[index]!)).toBeGreaterThanOrEqual(0);
    const again = await stack.query(Search, {
      orderBy: [{ field: 'VERSION', direction: 'DESC' }],
      filter: { distributions: ['ubuntu'] },
    });
    expect(again.data!.images!.edges.map(({ node }) => node.id)).toEqual(
      data!.images!.edges.map(({ node }) => node.id),
    );
  });

  it('orders versions numerically, suffixes after the numeric part (9 < 10, 8.9 < 8.10, 22.04 < 22.04-cuda12-2)', async () => {
    const statuses = ['AVAILABLE', 'PENDING', 'DEPRECATED', 'ERROR', 'DELETED', 'UNKNOWN'] as const;
    const { data } = await stack.query(Search, {
      filter: { distributions: ['centos', 'rocky', 'ubuntu'], statuses: [...statuses], visibility: ['PUBLIC'] },
      orderBy: [
        { field: 'DISTRIBUTION', direction: 'ASC' },
        { field: 'VERSION', direction: 'ASC' },
      ],
    });
    const runs: Record<string, string[]> = {};
    for (const { node } of data!.images!.edges) {
      const run = (runs[node.distribution!] ??= []);
      if (run.at(-1) !== node.version) run.push(node.version!);
    }
    // Each version forms one run, in the order the issue spells out.
    expect(runs.centos).toEqual(['7', '9', '9-stream', '10']);
    expect(runs.rocky).toEqual(['8.6', '8.9', '8.10', '9.1', '9.3', '9.4']);
    expect(runs.ubuntu).toEqual([
      '18.04',
      '20.04',
      '22.04',
      '22.04-cuda11-8',
      '22.04-cuda12-2',
      '23.10',
      '24.04',
      '24.04-cuda12-4',
      '24.10',
    ]);
  });

  it('walks the whole result backward with last/before as it does forward', async () => {
    const orderBy = [{ field: 'NAME' as const, direction: 'ASC' as const }];
    const filter = { providers: ['CIVO' as const] };
    const whole = (await stack.query(Search, { orderBy, filter })).data!.images!.edges.map(({ node }) => node.id);
    const backward: string[] = [];
    let before: string | null | undefined;
    for (let guard = 0; guard < 200; guard++) {
      const page = (await stack.query(Search, { orderBy, filter, last: 7, before })).data!.images!;
      backward.unshift(...page.edges.map(({ node }) => node.id));
      if (!page.pageInfo.hasPreviousPage) break;
      before = page.pageInfo.startCursor;
    }
    expect(whole.length).toBeGreaterThan(7 * 3);
    expect(backward).toEqual(whole);
  });

  it('asks only the partitions that can match (projects, bare metal); applies visibility, GPU, status and boot bounds here', async () => {
    const [firstProject] = [...new Set(rows.filter((row) => row.provider === 'GCORE').map((row) => row.projectId!))];
    const privateOnes = await stack.query(Search, {
      filter: { visibility: ['PRIVATE'], gcoreProjectIds: [firstProject!] },
    });
    expect(privateOnes.data!.images!.totalCount).toBe(
      rows.filter((row) => row.available && row.visibility === 'PRIVATE' && row.projectId === firstProject).length,
    );
    const gcoreCalls = stack.emulator.requests.filter((request) => request.provider === 'gcore');
    expect(gcoreCalls).toHaveLength(activeGcoreRegions.length);
    expect(
      gcoreCalls.every(
        (call) =>
          !call.query.has('visibility') &&
          call.partition?.provider === 'gcore' &&
          call.partition.projectId === firstProject,
      ),
    ).toBe(true);
    expect(stack.emulator.count({ provider: 'civo' })).toBe(0); // Civo has no private images

    stack.emulator.resetRequests();
    const metal = await stack.query(Search, { filter: { baremetal: true } });
    expect(metal.data!.images!.totalCount).toBeGreaterThan(0);
    // Only regions with bare metal have a bare-metal listing to ask.
    expect(stack.emulator.count({ route: 'GET /cloud/v1/bmimages/:project/:region' })).toBe(
      gcoreProjectsInOrder.length * activeGcoreRegions.filter((region) => region.has_baremetal).length,
    );
    expect(
      stack.emulator.count({ route: 'GET /cloud/v1/images/:project/:region' }) +
        stack.emulator.count({ provider: 'civo' }),
    ).toBe(0);

    stack.emulator.resetRequests();
    const local = await stack.query(Search, {
      filter: { gpu: true, includeDeprecated: true, minRamMb: 65536, minDiskGb: 500, providers: ['GCORE'] },
    });
    expect(local.data!.images!.totalCount).toBeGreaterThan(0);
    const sent = stack.emulator.requests.map((request) =>
      [...request.query.keys()].filter((name) => !['limit', 'offset', 'include_prices'].includes(name)),
    );
    expect(sent.every((names) => names.length === 0)).toBe(true);
  });

  it('pages forward and backward with stable cursors', async () => {
    const orderBy = [{ field: 'CREATED_AT' as const, direction: 'DESC' as const }];
    const whole = (await stack.query(Search, { orderBy })).data!.images!.edges.map(({ node }) => node.id);
    const forward: string[] = [];
    let after: string | null | undefined;
    for (let guard = 0; guard < 200; guard++) {
      const page = (await stack.query(Search, { orderBy, first: 25, after })).data!.images!;
      forward.push(...page.edges.map(({ node }) => node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(forward).toEqual(whole);
    const tail = (await stack.query(Search, { orderBy, last: 10 })).data!.images!;
    expect(tail.edges.map(({ node }) => node.id)).toEqual(whole.slice(-10));
    const before = (await stack.query(Search, { orderBy, last: 10, before: tail.pageInfo.startCursor })).data!.images!;
    expect(before.edges.map(({ node }) => node.id)).toEqual(whole.slice(-20, -10));
    expect(before.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
  });

  it('has facets that add up to totalCount', async () => {
    const { data } = await stack.query(Search, { first: 1, filter: { osTypes: ['LINUX'] } });
    const { totalCount, facets } = data!.images!;
    expect(totalCount).toBeGreaterThan(1);
    for (const list of [
      facets.distributions,
      facets.versions,
      facets.architectures,
      facets.osTypes,
      facets.providers,
      facets.regions,
    ]) {
      expect(list.reduce((sum, facet) => sum + facet.count, 0)).toBe(totalCount);
    }
    expect(facets.osTypes).toEqual([{ value: 'LINUX', count: totalCount }]);
    const ubuntu = facets.distributions.find((facet) => facet.value === 'ubuntu')!;
    expect(ubuntu.count).toBe(
      (await stack.query(Search, { first: 0, filter: { osTypes: ['LINUX'], distributions: ['ubuntu'] } })).data!.images!
        .totalCount,
    );
  });

  it('refuses bad input with BAD_USER_INPUT and no upstream call', async () => {
    for (const variables of [
      { filter: { regions: ['not a region!'] } },
      { filter: { distributions: [] } },
      { first: -1 },
      { first: 1, last: 1 },
      { after: 'garbage' },
      { filter: { minRamMb: -5 } },
    ]) {
      const { errors } = await stack.query(Search, variables);
      expect(errors?.[0]?.extensions?.code, JSON.stringify(variables)).toBe('BAD_USER_INPUT');
    }
    expect(stack.emulator.count()).toBe(0);
  });
});

describe('a region, project or value named twice is one', () => {
  it('searches LON1 once when asked for LON1 and lon1: no doubled totals, ids, cursors or facets', async () => {
    const once = await stack.query(Search, { filter: { regions: ['LON1'] } });
    stack.emulator.resetRequests();
    const twice = await stack.query(Search, { filter: { regions: ['LON1', 'lon1', ' Lon1 '] } });
    expect(twice.errors).toBeUndefined();
    expect(stack.emulator.count({ route: 'GET /v2/disk_images' })).toBe(1);
    const expected = rows.filter((row) => row.available && row.region === 'LON1');
    const result = twice.data!.images!;
    expect(result.totalCount).toBe(expected.length);
    expect(result.coverage).toEqual({ requested: 1, answered: 1, complete: true, failed: [] });
    expect(result.facets.regions).toEqual([{ value: 'LON1', count: expected.length }]);
    const ids = result.edges.map(({ node }) => node.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(result.edges.map(({ cursor }) => cursor)).size).toBe(ids.length);
    expect(twice.data).toEqual(once.data);

    // Paging walks every image once.
    const paged: string[] = [];
    let after: string | null | undefined;
    for (let guard = 0; guard < 50; guard++) {
      const page = (await stack.query(Search, { filter: { regions: ['lon1', 'LON1'] }, first: 4, after })).data!
        .images!;
      paged.push(...page.edges.map(({ node }) => node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(paged).toEqual(ids);
  });

  it('takes Gcore region ids by their number (076 is 76), and dedupes projects, providers and distributions', async () => {
    const region = String(activeGcoreRegions[0]!.id);
    const once = await stack.query(Search, { filter: { regions: [region] } });
    stack.emulator.resetRequests();
    const twice = await stack.query(Search, {
      filter: {
        regions: [region, `0${region}`],
        providers: ['GCORE', 'GCORE'],
        gcoreProjectIds: gcoreProjectsInOrder.map((project) => project.id).flatMap((id) => [id, id]),
        distributions: ['Ubuntu', 'ubuntu'],
      },
    });
    expect(twice.errors).toBeUndefined();
    const ubuntu = once.data!.images!.edges.filter(({ node }) => node.distribution === 'ubuntu');
    expect(twice.data!.images!.totalCount).toBe(ubuntu.length);
    expect(twice.data!.images!.edges.map(({ node }) => node.id)).toEqual(ubuntu.map(({ node }) => node.id));
    expect(twice.data!.images!.coverage.requested).toBe(gcoreProjectsInOrder.length);
    const calls = stack.emulator.requests;
    expect(calls).toHaveLength(gcoreProjectsInOrder.length);
    // One call per distinct partition: the doubled project ids are asked once each.
    expect(new Set(calls.map((call) => JSON.stringify(call.partition))).size).toBe(calls.length);
  });
});

describe('partitions that cannot match are not called', () => {
  it('asks for bare-metal images only in Gcore regions that have bare metal', async () => {
    const { data, errors } = await stack.query(Search, { filter: { baremetal: true } });
    expect(errors).toBeUndefined();
    const metalRegions = activeGcoreRegions.filter((region) => region.has_baremetal);
    expect(metalRegions.length).toBeLessThan(activeGcoreRegions.length);
    const calls = stack.emulator.requests.filter(
      (request) => request.route === 'GET /cloud/v1/bmimages/:project/:region',
    );
    expect(calls).toHaveLength(gcoreProjectsInOrder.length * metalRegions.length);
    const regionOf = (call: (typeof calls)[number]) =>
      call.partition?.provider === 'gcore' ? call.partition.regionId : undefined;
    expect(calls.every((call) => metalRegions.some((region) => region.id === regionOf(call)))).toBe(true);
    expect(stack.emulator.requests).toHaveLength(calls.length);
    expect(data!.images!.coverage).toEqual({
      requested: calls.length,
      answered: calls.length,
      complete: true,
      failed: [],
    });

    stack.emulator.resetRequests();
    const noMetal = activeGcoreRegions.find((region) => !region.has_baremetal)!;
    const none = await stack.query(Search, { filter: { baremetal: true, regions: [String(noMetal.id)] } });
    expect(none.errors).toBeUndefined();
    expect(none.data!.images!).toMatchObject({
      totalCount: 0,
      coverage: { requested: 0, answered: 0, complete: true },
    });
    expect(stack.emulator.count()).toBe(0);
  });

  it('answers a region that discovery does not list with one UPSTREAM_NOT_FOUND, without a call', async () => {
    const { data, errors } = await stack.query(Search, { filter: { regions: ['999', 'LON1', 'XYZ9'] } });
    expect(stack.emulator.count({ provider: 'gcore' })).toBe(0);
    expect(stack.emulator.requests.map((request) => request.partition)).toEqual([{ provider: 'civo', region: 'LON1' }]);
    const result = data!.images!;
    expect(result.totalCount).toBe(rows.filter((row) => row.available && row.region === 'LON1').length);
    // A Gcore region is unknown in every project at once: one failure, not one per project.
    const failed = [
      { provider: 'CIVO', region: 'XYZ9', projectId: null, code: 'UPSTREAM_NOT_FOUND' },
      { provider: 'GCORE', region: '999', projectId: null, code: 'UPSTREAM_NOT_FOUND' },
    ];
    expect(result.coverage).toEqual({ requested: 1 + failed.length, answered: 1, complete: false, failed });
    expect(errors).toHaveLength(failed.length);
    expect(
      errors!.every(
        (error) =>
          error.extensions?.code === 'UPSTREAM_NOT_FOUND' &&
          error.path?.join('.') === 'images' &&
          error.extensions.partial === true,
      ),
    ).toBe(true);
    const gcore = errors!.find((error) => error.extensions?.provider === 'GCORE')!;
    expect(gcore.message).toBe(
      'Gcore has no region 999: GET /cloud/v1/regions does not list it, so it was not searched.',
    );
    expect(gcore.extensions).toMatchObject({ region: '999', regionId: 999 });
    expect(gcore.extensions).not.toHaveProperty('projectId');
  });

  it('answers a Gcore project that discovery does not list with one UPSTREAM_NOT_FOUND, without a call', async () => {
    const { data, errors } = await stack.query(Search, { filter: { gcoreProjectIds: [42] } });
    expect(stack.emulator.count({ route: 'GET /cloud/v1/images/:project/:region' })).toBe(0);
    const notListed = { provider: 'GCORE', region: null, projectId: 42, code: 'UPSTREAM_NOT_FOUND' };
    // Civo is searched as usual: a project filter narrows only Gcore.
    const civoRegions = new Set(rows.filter((row) => row.provider === 'CIVO').map((row) => row.region)).size;
    expect(data!.images!.coverage).toEqual({
      requested: civoRegions + 1,
      answered: civoRegions,
      complete: false,
      failed: [notListed],
    });
    expect(data!.images!.totalCount).toBe(rows.filter((row) => row.available && row.provider === 'CIVO').length);
    expect(errors).toHaveLength(1);
    expect(errors![0]).toMatchObject({
      message: 'Gcore has no project 42: GET /cloud/v1/projects does not list it, so it was not searched.',
      path: ['images'],
      extensions: {
        code: 'UPSTREAM_NOT_FOUND',
        provider: 'GCORE',
        projectId: 42,
        region: null,
        retryable: false,
        partial: true,
      },
    });
  });

  it('searches the known projects and regions of a filter and reports each unknown one once', async () => {
    const [project] = gcoreProjectsInOrder;
    const regions = activeGcoreRegions.slice(0, 2).map((region) => String(region.id));
    const { data, errors } = await stack.query(Search, {
      filter: { providers: ['GCORE'], gcoreProjectIds: [42, project!.id, 43], regions: [...regions, '999'] },
    });
    expect(stack.emulator.requests.map((request) => request.partition)).toEqual(
      regions.map((region) => ({ provider: 'gcore', projectId: project!.id, regionId: Number(region) })),
    );
    const expected = rows.filter(
      (row) => row.available && row.projectId === project!.id && regions.includes(row.region),
    );
    expect(new Set(data!.images!.edges.map(({ node }) => `${node.provider}:${node.imageId}`))).toEqual(
      new Set(expected.map(key)),
    );
    const failed = [
      { provider: 'GCORE', region: null, projectId: 42, code: 'UPSTREAM_NOT_FOUND' },
      { provider: 'GCORE', region: null, projectId: 43, code: 'UPSTREAM_NOT_FOUND' },
      { provider: 'GCORE', region: '999', projectId: null, code: 'UPSTREAM_NOT_FOUND' },
    ];
    // Each unknown project or region counts once as requested and failed.
    expect(data!.images!.coverage).toEqual({
      requested: regions.length + failed.length,
      answered: regions.length,
      complete: false,
      failed,
    });
    expect(errors).toHaveLength(failed.length);
  });

  it('asks a named project when project discovery fails (as it does a region)', async () => {
    const fresh = await startStack();
    try {
      fresh.emulator.addFault({
        target: { provider: 'gcore', route: 'GET /cloud/v1/projects' },
        fault: { kind: 'status', status: 500 },
      });
      const { data } = await fresh.query(Search, { filter: { providers: ['GCORE'], gcoreProjectIds: [42] } });
      // Nothing says project 42 does not exist, so each partition is asked and answers for itself.
      expect(fresh.emulator.count({ route: 'GET /cloud/v1/images/:project/:region' })).toBe(activeGcoreRegions.length);
      expect(data!.images!.coverage.failed).toHaveLength(activeGcoreRegions.length);
      expect(
        data!.images!.coverage.failed.every(
          (failure) => failure.projectId === 42 && failure.region !== null && failure.code === 'UPSTREAM_NOT_FOUND',
        ),
      ).toBe(true);
    } finally {
      await fresh.close();
    }
  });

  it('applies the rule to GCORE_PROJECT_IDS too: a configured project Gcore does not list costs no call', async () => {
    const [project] = gcoreProjectsInOrder;
    const configured = await startStack({ env: { GCORE_PROJECT_IDS: `${project!.id},42` } });
    try {
      const { data, errors } = await configured.query(Search, { filter: { providers: ['GCORE'] } });
      expect(configured.emulator.count({ route: 'GET /cloud/v1/images/:project/:region' })).toBe(
        activeGcoreRegions.length,
      );
      expect(
        configured.emulator.requests
          .filter((request) => request.partition?.provider === 'gcore')
          .every((request) => request.partition?.provider === 'gcore' && request.partition.projectId === project!.id),
      ).toBe(true);
      expect(data!.images!.coverage).toEqual({
        requested: activeGcoreRegions.length + 1,
        answered: activeGcoreRegions.length,
        complete: false,
        failed: [{ provider: 'GCORE', region: null, projectId: 42, code: 'UPSTREAM_NOT_FOUND' }],
      });
      expect(errors).toHaveLength(1);
    } finally {
      await configured.close();
    }
  });
});

describe('small things a user meets', () => {
  it('says what leaving a list out means when it is empty', async () => {
    const statuses = await stack.query(Search, { filter: { statuses: [] } });
    expect(statuses.errors![0]!.message).toMatch(/AVAILABLE only/);
    expect(statuses.errors![0]!.message).not.toMatch(/"any"/);
    const visibility = await stack.post({
      query:
        '{ latestImage(filter: { visibility: [] }) { candidateCount } imageFamilies(filter: { visibility: [] }) { families { key } } }',
    });
    const body = (await visibility.json()) as { errors: { message: string; path: string[] }[] };
    expect(body.errors).toHaveLength(2);
    for (const error of body.errors) expect(error.message).toMatch(/default \(PUBLIC only\)/);
    const images = await stack.query(Search, { filter: { visibility: [] } });
    expect(images.errors![0]!.message).toMatch(/default \(any visibility\)/);
    expect(stack.emulator.count()).toBe(0);
  });

  it('says in the schema that first and last take at most 1000, and that leaving both out returns everything', async () => {
    const response = await stack.post({
      query: '{ __type(name: "Query") { fields { name args { name description } } } }',
    });
    const body = (await response.json()) as {
      data: { __type: { fields: { name: string; args: { name: string; description: string }[] }[] } };
    };
    const args = body.data.__type.fields.find((field) => field.name === 'images')!.args;
    for (const name of ['first', 'last']) {
      const description = args.find((arg) => arg.name === name)!.description;
      expect(description).toMatch(/1000/);
      expect(description).toMatch(/Leave out both `first` and `last` to get every matching image/);
    }
    expect((await stack.query(Search, { first: 1001 })).errors![0]!.message).toBe('first must be between 0 and 1000.');
  });

  it('sorts facet ties in natural order (region 76 before 196)', async () => {
    const { data } = await stack.query(Search, {
      first: 0,
      filter: {
        providers: ['GCORE'],
        distributions: ['debian'],
        versions: ['12'],
        architectures: ['X86_64'],
        visibility: ['PUBLIC'],
      },
    });
    const regions = data!.images!.facets.regions;
    expect(regions.map((facet) => facet.count)).toEqual(activeGcoreRegions.map(() => 1));
    expect(regions.map((facet) => facet.value)).toEqual(
      activeGcoreRegions
        .map((region) => region.id)
        .sort((a, b) => a - b)
        .map(String),
    );
  });
});

describe('the partition cap', () => {
  it('refuses a search past MAX_PARTITIONS_PER_QUERY before any call', async () => {
    const capped = await startStack({ env: { MAX_PARTITIONS_PER_QUERY: '3' } });
    try {
      const { errors } = await capped.query(Search, {});
      expect(errors![0]!.extensions).toMatchObject({ code: 'TOO_MANY_PARTITIONS', limit: 3 });
      expect(
        capped.emulator.count({ route: 'GET /v2/disk_images' }) +
          capped.emulator.count({ route: 'GET /cloud/v1/images/:project/:region' }),
      ).toBe(0);
      const narrow = await capped.query(Search, { filter: { regions: ['LON1', 'FRA1'] } });
      expect(narrow.errors).toBeUndefined();
    } finally {
      await capped.close();
    }
  });
});

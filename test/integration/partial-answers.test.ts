import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Fault } from '../../src/emulator/server.js';
import { graphql } from '../gql/index.js';
import {
  activeGcoreRegions,
  catalogRows,
  gcoreProjectsInOrder,
  partitionCount,
} from '../support/catalog-expectations.js';
import { startStack, type Stack } from '../support/stack.js';

const Search = graphql(`
  query PartialSearch {
    images {
      totalCount
      edges {
        node {
          provider
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
          retryable
          retryAfterSeconds
        }
      }
    }
  }
`);

const Everything = graphql(`
  query PartialEverything {
    images(first: 1) {
      totalCount
      coverage {
        answered
      }
    }
    latestImage(filter: { distributions: ["ubuntu"] }) {
      image {
        imageId
      }
      coverage {
        answered
      }
    }
    imageFamilies(filter: { distributions: ["debian"] }) {
      coverage {
        answered
      }
    }
  }
`);

const TwoSearches = graphql(`
  query PartialTwoSearches {
    a: images(filter: { regions: ["LON1"] }) {
      totalCount
      coverage {
        failed {
          region
        }
      }
    }
    b: images(filter: { regions: ["LON1", "FRA1"], distributions: ["ubuntu"] }) {
      coverage {
        failed {
          region
        }
      }
      edges {
        node {
          imageId
          equivalents(providers: [CIVO]) {
            imageId
          }
        }
      }
    }
  }
`);

const rows = catalogRows();
let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack.close());
afterEach(() => {
  stack.emulator.clearFaults();
  stack.emulator.resetRequests();
});

const cases: [string, Fault, string][] = [
  ['500', { kind: 'status', status: 500 }, 'UPSTREAM_UNAVAILABLE'],
  ['429', { kind: 'status', status: 429, retryAfter: '60' }, 'UPSTREAM_RATE_LIMITED'],
  ['hang', { kind: 'hang' }, 'UPSTREAM_UNAVAILABLE'],
  ['garbage', { kind: 'malformed' }, 'UPSTREAM_UNAVAILABLE'],
  ['JSON of the wrong shape', { kind: 'wrongShape' }, 'UPSTREAM_UNAVAILABLE'],
];

describe('one failing partition costs only its own images', () => {
  it.each(cases)('a Gcore partition answering %s', async (_name, fault, code) => {
    const region = activeGcoreRegions[0]!;
    const projectId = gcoreProjectsInOrder[0]!.id;
    stack.emulator.addFault({ target: { provider: 'gcore', projectId, regionId: region.id }, fault });
    const { data, errors } = await stack.query(Search);
    // The project's own images there are lost; its public ones still come from the other project.
    const left = catalogRows({ without: [{ provider: 'GCORE', projectId, region: String(region.id) }] }).filter(
      (row) => row.available,
    );
    expect(left.length).toBeLessThan(rows.filter((row) => row.available).length);
    expect(data!.images!.totalCount).toBe(left.length);
    expect(data!.images!.coverage).toMatchObject({
      requested: partitionCount,
      answered: partitionCount - 1,
      complete: false,
    });
    expect(data!.images!.coverage.failed).toEqual([
      {
        provider: 'GCORE',
        region: String(region.id),
        projectId,
        code,
        retryable: true,
        retryAfterSeconds: code === 'UPSTREAM_RATE_LIMITED' ? 60 : null,
      },
    ]);
    expect(errors).toHaveLength(1);
    expect(errors![0]).toMatchObject({
      path: ['images'],
      extensions: { code, provider: 'GCORE', projectId, retryable: true },
    });
  });

  it.each(cases)('a Civo region answering %s', async (_name, fault, code) => {
    stack.emulator.addFault({ target: { provider: 'civo', region: 'PHX1' }, fault });
    const { data, errors } = await stack.query(Search);
    const lost = rows.filter((row) => row.available && row.provider === 'CIVO' && row.region === 'PHX1').length;
    expect(lost).toBeGreaterThan(0);
    expect(data!.images!.totalCount).toBe(rows.filter((row) => row.available).length - lost);
    expect(data!.images!.coverage.failed).toEqual([
      {
        provider: 'CIVO',
        region: 'PHX1',
        projectId: null,
        code,
        retryable: true,
        retryAfterSeconds: code === 'UPSTREAM_RATE_LIMITED' ? 60 : null,
      },
    ]);
    expect(errors).toHaveLength(1);
    expect(errors![0]).toMatchObject({
      path: ['images'],
      extensions: { code, provider: 'CIVO', region: 'PHX1', retryable: true },
    });
  });

  it('a Civo region failing leaves every other region in the answer', async () => {
    stack.emulator.addFault({ target: { provider: 'civo', region: 'FRA1' }, fault: { kind: 'status', status: 503 } });
    const { data, errors } = await stack.query(Search);
    expect(data!.images!.edges.some(({ node }) => node.region.code === 'FRA1')).toBe(false);
    expect(data!.images!.edges.some(({ node }) => node.region.code === 'LON1')).toBe(true);
    expect(data!.images!.coverage.failed).toMatchObject([
      { provider: 'CIVO', region: 'FRA1', projectId: null, code: 'UPSTREAM_UNAVAILABLE' },
    ]);
    expect(errors).toHaveLength(1);
  });

  it('failed discovery marks the whole provider as failed, not empty', async () => {
    const fresh = await startStack();
    try {
      fresh.emulator.addFault({
        target: { provider: 'gcore', route: 'GET /cloud/v1/projects' },
        fault: { kind: 'status', status: 500 },
      });
      const { data } = await fresh.query(Search);
      expect(data!.images!.coverage.failed).toMatchObject([
        { provider: 'GCORE', region: null, projectId: null, code: 'UPSTREAM_UNAVAILABLE' },
      ]);
      expect(data!.images!.edges.every(({ node }) => node.provider === 'CIVO')).toBe(true);
      expect(data!.images!.coverage.complete).toBe(false);
    } finally {
      await fresh.close();
    }
  });

  it("a failed region list fails that provider's part, not the answer, even for regions named outright", async () => {
    const named = await startStack({ env: { CIVO_REGIONS: 'LON1,FRA1' } });
    try {
      named.emulator.addFault({
        target: { provider: 'civo', route: 'GET /v2/regions' },
        fault: { kind: 'status', status: 503 },
      });
      const { data } = await named.query(Search);
      // Every image selects `region`, which the region list answers: Civo's part is one coded failure.
      expect(data!.images).not.toBeNull();
      expect(data!.images!.coverage.failed).toMatchObject([
        { provider: 'CIVO', region: null, projectId: null, code: 'UPSTREAM_UNAVAILABLE' },
      ]);
      expect(data!.images!.edges.length).toBeGreaterThan(0);
      expect(data!.images!.edges.every(({ node }) => node.provider === 'GCORE')).toBe(true);
      expect(named.emulator.count({ route: 'GET /v2/disk_images' })).toBe(0);
    } finally {
      await named.close();
    }
  });

  it('lists a failed partition in errors under every root field whose coverage.failed has it, once per field', async () => {
    stack.emulator.addFault({ target: { provider: 'civo', region: 'LON1' }, fault: { kind: 'status', status: 500 } });
    const { data, errors } = await stack.query(TwoSearches);
    expect(data!.a!.coverage.failed).toEqual([{ region: 'LON1' }]);
    expect(data!.b!.coverage.failed).toEqual([{ region: 'LON1' }]);
    // b's page has several images whose equivalents each hit LON1 too: still one error for b.
    expect(data!.b!.edges.length).toBeGreaterThan(1);
    expect(data!.b!.edges.every(({ node }) => node.equivalents !== null)).toBe(true);
    expect(errors!.map((error) => error.path!.join('.')).sort()).toEqual(['a', 'b']);
    expect(
      errors!.every((error) => error.extensions?.code === 'UPSTREAM_UNAVAILABLE' && error.extensions.region === 'LON1'),
    ).toBe(true);
  });

  it('reports a failed partition once under each root field that lost it', async () => {
    stack.emulator.addFault({ target: { provider: 'civo', region: 'LON1' }, fault: { kind: 'status', status: 500 } });
    const { data, errors } = await stack.query(Everything);
    expect(errors!.map((error) => error.path!.join('.')).sort()).toEqual(['imageFamilies', 'images', 'latestImage']);
    expect(
      errors!.every((error) => error.extensions?.code === 'UPSTREAM_UNAVAILABLE' && error.extensions.region === 'LON1'),
    ).toBe(true);
    expect(data!.images!.coverage.answered).toBe(partitionCount - 1);
    expect(data!.latestImage!.coverage.answered).toBe(partitionCount - 1);
    expect(data!.imageFamilies!.coverage.answered).toBe(partitionCount - 1);
  });
});

describe('discovery within one request', () => {
  it('is asked once per request even when nothing is kept across requests (DISCOVERY_TTL_SECONDS=0)', async () => {
    const uncached = await startStack({ env: { DISCOVERY_TTL_SECONDS: '0' } });
    try {
      for (const round of [1, 2]) {
        const { data } = await uncached.query(Search);
        expect(data!.images!.coverage.answered).toBe(partitionCount);
        // Partition planning, default regions and every image's `region` share one list each.
        expect(uncached.emulator.count({ route: 'GET /v2/regions' })).toBe(round);
        expect(uncached.emulator.count({ route: 'GET /cloud/v1/regions' })).toBe(round);
        expect(uncached.emulator.count({ route: 'GET /cloud/v1/projects' })).toBe(round);
      }
    } finally {
      await uncached.close();
    }
  });
});

describe('parallel fan-out', () => {
  it('has every partition in flight at once', async () => {
    const slow = await startStack({ emulator: { latencyMs: 150 } });
    try {
      await slow.query(Search); // warm discovery
      slow.emulator.resetRequests();
      const { data } = await slow.query(Search);
      expect(data!.images!.coverage.answered).toBe(partitionCount);
      expect(slow.emulator.maxInFlight()).toBeGreaterThanOrEqual(partitionCount);
    } finally {
      await slow.close();
    }
  });
});

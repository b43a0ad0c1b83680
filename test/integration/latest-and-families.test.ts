import { readFileSync } from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { compareVersions } from '../../src/catalog/version.js';
import { graphql } from '../gql/index.js';
import { civoRegions } from '../../src/providers/civo/emulator/catalog.js';
import {
  catalogRows,
  gcoreProjectsInOrder,
  partitionCount,
  partitionRows,
  type CatalogRow,
} from '../support/catalog-expectations.js';
import { startStack, type Stack } from '../support/stack.js';

const Latest = graphql(`
  query Latest($filter: ImageFilter, $strategy: LatestStrategy) {
    latestImage(filter: $filter, strategy: $strategy) {
      strategy
      candidateCount
      tiedCount
      reason
      image {
        imageId
        provider
        name
        version
        visibility
        createdAt
      }
      runnerUp {
        imageId
        version
      }
      coverage {
        requested
        answered
      }
    }
  }
`);

const LatestBuild = graphql(`
  query LatestBuild($filter: ImageFilter, $strategy: LatestStrategy) {
    latestImage(filter: $filter, strategy: $strategy) {
      candidateCount
      reason
      image {
        provider
        name
        version
        architecture
        gpu
        createdAt
      }
    }
  }
`);

const Families = graphql(`
  query Families($filter: ImageFilter) {
    imageFamilies(filter: $filter) {
      families {
        key
        distribution
        version
        architecture
        providers
        locationCount
        locations {
          provider
          gcoreProjectId
          region {
            code
          }
          image {
            imageId
            name
            visibility
            gpu
          }
          alternatives {
            imageId
            name
            visibility
            gpu
          }
        }
      }
      coverage {
        complete
      }
    }
  }
`);

const Equivalents = graphql(`
  query Equivalents($filter: ImageFilter) {
    images(filter: $filter, first: 5) {
      edges {
        node {
          imageId
          version
          region {
            code
          }
          equivalents {
            imageId
            provider
            distribution
            version
            architecture
            region {
              code
            }
          }
        }
      }
    }
  }
`);

let stack: Stack;
const rows = catalogRows();
const distinct = (candidates: CatalogRow[]) => [
  ...new Map(candidates.map((row) => [`${row.provider}:${row.region}:${row.id}`, row])).values(),
];

beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack.close());
beforeEach(() => stack.emulator.resetRequests());

describe('latestImage', () => {
  it('picks the highest ubuntu version among official images, says why, and names the runner-up', async () => {
    const { data, errors } = await stack.query(Latest, {
      filter: { distributions: ['ubuntu'], architectures: ['X86_64'] },
    });
    expect(errors).toBeUndefined();
    // Distinct images: a Gcore public image is listed in each project with one id.
    const candidates = distinct(
      rows.filter(
        (row) => row.available && row.distribution === 'ubuntu' && row.arch === 'x86_64' && row.visibility === 'PUBLIC',
      ),
    );
    const best = [...candidates].sort((a, b) => compareVersions(b.version, a.version))[0]!;
    const result = data!.latestImage!;
    expect(result.candidateCount).toBe(candidates.length);
    expect(result.image!.version).toBe(best.version);
    expect(result.image!.visibility).toBe('PUBLIC');
    expect(compareVersions(result.runnerUp!.version, result.image!.version!)).toBeLessThanOrEqual(0);
    expect(result.reason).toContain(best.version);
    expect(result.tiedCount).toBe(candidates.filter((row) => compareVersions(row.version, best.version) === 0).length);
    expect(result.coverage).toEqual({ requested: partitionCount, answered: partitionCount });
  });

  it('breaks ties on version with the x86_64 plain build, then by creation time; the runner-up is another image', async () => {
    const { data } = await stack.query(Latest, { filter: { distributions: ['ubuntu'], versions: ['22.04'] } });
    const result = data!.latestImage!;
    expect(result.tiedCount).toBeGreaterThan(1);
    const tied = distinct(
      rows.filter(
        (row) =>
          row.available && row.visibility === 'PUBLIC' && row.distribution === 'ubuntu' && row.version === '22.04',
      ),
    );
    // Plain: x86_64 (no architecture asked for), not a GPU build and not a variant whose name
    // extends another image's in the same place. (Gcore arm64 builds are newer than the x86_64 ones.)
    const plain = tied.filter(
      (row) =>
        row.arch === 'x86_64' &&
        !/nvidia|cuda|gpu/i.test(row.name) &&
        !tied.some(
          (other) =>
            other.provider === row.provider && other.region === row.region && row.name.startsWith(`${other.name}-`),
        ),
    );
    const newest = Math.max(
      ...plain
        .filter((row) => row.created && !row.created.startsWith('0001'))
        .map((row) => Date.parse(/[zZ]|[+-]\d\d:?\d\d$/.test(row.created!) ? row.created! : `${row.created}Z`)),
    );
    expect(plain.map((row) => row.id)).toContain(result.image!.imageId);
    expect(Date.parse(result.image!.createdAt!)).toBe(newest);
    expect(result.image!.name).not.toMatch(/nvidia|docker/);
    expect(result.runnerUp!.imageId).not.toBe(result.image!.imageId);
  });

  it('never lets a custom look-alike win by default, but does when custom images are asked for', async () => {
    const lookAlike = rows.find(
      (row) => row.visibility !== 'PUBLIC' && row.distribution === 'ubuntu' && row.available,
    )!;
    expect(lookAlike).toBeDefined();
    const filter = {
      distributions: ['ubuntu'],
      versions: [lookAlike.version],
      providers: [lookAlike.provider],
      regions: [lookAlike.region],
      nameContains: lookAlike.name,
    };
    const official = await stack.query(Latest, { filter });
    expect(official.data!.latestImage!.image?.imageId).not.toBe(lookAlike.id);
    const custom = await stack.query(Latest, { filter: { ...filter, visibility: [lookAlike.visibility] } });
    expect(custom.data!.latestImage!.image!.imageId).toBe(lookAlike.id);
  });

  it('uses the creation time with strategy CREATED_AT', async () => {
    const { data } = await stack.query(Latest, { filter: { distributions: ['debian'] }, strategy: 'CREATED_AT' });
    expect(data!.latestImage!.strategy).toBe('CREATED_AT');
    const second = data!.latestImage!.runnerUp;
    expect(second).not.toBeNull();
  });
});

describe('latestImage: what "latest" means when the filter does not say', () => {
  it('prefers the x86_64 build of the same version unless the filter asks for another architecture', async () => {
    const latest = await stack.query(LatestBuild, { filter: { distributions: ['debian'], providers: ['GCORE'] } });
    expect(latest.data!.latestImage!.image).toMatchObject({
      name: 'debian-12-x64',
      architecture: 'X86_64',
      version: '12',
    });
    const arm = await stack.query(LatestBuild, {
      filter: { distributions: ['debian'], providers: ['GCORE'], architectures: ['ARM64', 'X86_64'] },
    });
    expect(arm.data!.latestImage!.image).toMatchObject({ name: 'debian-12-arm64', architecture: 'ARM64' });
  });

  it('with CREATED_AT, a newer GPU build or variant does not beat the plain build, unless GPU builds are asked for', async () => {
    const { data } = await stack.query(LatestBuild, {
      filter: { distributions: ['ubuntu'], versions: ['22.04'] },
      strategy: 'CREATED_AT',
    });
    const result = data!.latestImage!;
    expect(result.image).toMatchObject({ gpu: false, architecture: 'X86_64' });
    expect(result.image!.name).not.toMatch(/nvidia|docker/);
    const plain = distinct(
      rows.filter(
        (row) =>
          row.available &&
          row.visibility === 'PUBLIC' &&
          row.distribution === 'ubuntu' &&
          row.version === '22.04' &&
          row.arch === 'x86_64' &&
          ['ubuntu-22.04-x64', 'ubuntu-jammy'].includes(row.name),
      ),
    );
    const newest = Math.max(
      ...plain.map((row) => Date.parse(/[zZ]|[+-]\d\d:?\d\d$/.test(row.created!) ? row.created! : `${row.created}Z`)),
    );
    expect(Date.parse(result.image!.createdAt!)).toBe(newest);
    // The reason puts the winner's time among the builds it competed with, and names the newest
    // build that lost on preference: nothing that contradicts itself.
    const time = new Date(result.image!.createdAt!).toISOString().replace(/\./g, '\\.');
    expect(result.reason).toMatch(
      new RegExp(
        `^Newest creation time among the \\d+ plain X86_64 builds \\(of ${result.candidateCount} candidates\\): ${time}\\. `,
      ),
    );
    expect(result.reason).toMatch(
      / other candidates are newer but rank after a plain X86_64 build unless the filter asks for them; the newest, ubuntu-22\.04-x64-nvidia-h100-eni \(created [^)]+\), is a GPU X86_64 build\.$/,
    );

    const gpu = await stack.query(LatestBuild, {
      filter: { distributions: ['ubuntu'], versions: ['22.04'], gpu: true },
      strategy: 'CREATED_AT',
    });
    expect(gpu.data!.latestImage!.image).toMatchObject({ name: 'ubuntu-22.04-x64-nvidia-h100-eni', gpu: true });
  });

  it('says plainly when no candidate states a creation time', async () => {
    const { data } = await stack.query(LatestBuild, {
      filter: { distributions: ['opensuse'], providers: ['CIVO'] },
      strategy: 'CREATED_AT',
    });
    const result = data!.latestImage!;
    expect(result.image!.createdAt).toBeNull();
    expect(result.reason).not.toMatch(/unknown/);
    const versions = distinct(
      rows.filter(
        (row) =>
          row.available && row.provider === 'CIVO' && row.distribution === 'opensuse' && row.visibility === 'PUBLIC',
      ),
    ).map((row) => row.version);
    expect(versions).toHaveLength(result.candidateCount);
    // Only say the version decided when it did: equal versions leave it to the stable order.
    const decided =
      new Set(versions).size === 1
        ? `all ${versions.length} have version ${versions[0]}, so the stable order decided (provider, region, name, id)`
        : `the highest version decided (${result.image!.version})`;
    expect(result.reason).toBe(`None of the ${result.candidateCount} candidates states a creation time; ${decided}.`);
  });

  it('says where the winning version stands when a higher build lost on preference, and how ties were broken', async () => {
    const { data } = await stack.query(Latest, { filter: { distributions: ['ubuntu'], versionPrefixes: ['22'] } });
    const result = data!.latestImage!;
    expect(result.image!.version).toBe('22.04');
    // Not "highest among all candidates": GPU builds of 22.04-cuda… are higher.
    expect(result.reason).toMatch(
      new RegExp(
        `^Highest version among the \\d+ plain X86_64 builds \\(of ${result.candidateCount} candidates\\): 22\\.04\\. `,
      ),
    );
    expect(result.reason).toContain(`${result.tiedCount} candidates share it; the `);
    expect(result.reason).toMatch(/; then the newest creation time decided \([^)]+\)\. /);
    expect(result.reason).toMatch(/the highest, ubuntu-cuda12-2 \(version 22\.04-cuda12-2\), is a GPU X86_64 build\.$/);
    // Never the old claim that preference breaks ties: it ranks before the version is compared.
    expect(result.reason).not.toMatch(/ties go to/);
    // The README quotes this reason (its creation time elided).
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const quoted = /For `distributions: \["ubuntu"\], versionPrefixes: \["22"\]`:\s*`([^`]+)`/
      .exec(readme)![1]!
      .replace(/\s+/g, ' ');
    expect(result.reason.replace(/decided \([^)]+\)/, 'decided (…)')).toBe(quoted);
  });
});

describe('imageFamilies and equivalents', () => {
  it('lists the ubuntu 22.04 x86_64 image of every place, each with its own id', async () => {
    const { data, errors } = await stack.query(Families, {
      filter: { distributions: ['ubuntu'], versions: ['22.04'], architectures: ['X86_64'] },
    });
    expect(errors).toBeUndefined();
    const [family, ...rest] = data!.imageFamilies!.families;
    expect(rest).toHaveLength(0);
    expect(family).toMatchObject({ distribution: 'ubuntu', version: '22.04', architecture: 'X86_64' });
    // A place is a provider's region: a Gcore region counts once, whatever projects list it.
    const places = new Set(
      partitionRows()
        .filter(
          (row) =>
            row.available &&
            row.visibility === 'PUBLIC' &&
            row.distribution === 'ubuntu' &&
            row.version === '22.04' &&
            row.arch === 'x86_64',
        )
        .map((row) => `${row.provider}:${row.region}`),
    );
    expect(family!.locationCount).toBe(places.size);
    expect(family!.locations.map((location) => `${location.provider}:${location.region.code}`).sort()).toEqual(
      [...places].sort(),
    );
    // Ids differ per region.
    expect(new Set(family!.locations.map((location) => location.image.imageId)).size).toBe(places.size);
    // A public image is taken from the default project.
    const defaultProject = gcoreProjectsInOrder[0]!.id;
    expect(
      family!.locations
        .filter((location) => location.provider === 'GCORE')
        .every((location) => location.gcoreProjectId === defaultProject),
    ).toBe(true);
    expect(family!.providers.sort()).toEqual(['CIVO', 'GCORE']);
    // The plain build stands for the family; GPU builds and variants (docker…) are alternatives.
    expect(family!.locations.every((location) => !location.image.gpu)).toBe(true);
    for (const { image, alternatives } of family!.locations) {
      for (const other of alternatives.filter(
        (alternative) => !alternative.gpu && alternative.visibility === 'PUBLIC',
      )) {
        expect(image.name.length).toBeLessThanOrEqual(other.name.length);
      }
    }
  });

  it('gives each image its equivalents elsewhere, one listing per partition for the whole page', async () => {
    const { data, errors } = await stack.query(Equivalents, {
      filter: { distributions: ['ubuntu'], regions: ['LON1'] },
    });
    expect(errors).toBeUndefined();
    for (const { node } of data!.images!.edges) {
      expect(node.equivalents!.every((other) => other.region.code !== 'LON1')).toBe(true);
    }
    const jammy = data!.images!.edges.map(({ node }) => node).find((node) => node.version === '22.04')!;
    expect(jammy).toBeDefined();
    expect(new Set(jammy.equivalents!.map((other) => other.provider))).toEqual(new Set(['CIVO', 'GCORE']));
    // LON1 for the page (pushdown-free listing shared with equivalents) plus every other partition once.
    expect(
      stack.emulator.count({ route: 'GET /v2/disk_images' }) +
        stack.emulator.count({ route: 'GET /cloud/v1/images/:project/:region' }),
    ).toBeLessThanOrEqual(partitionCount + 1);
  });

  it('equivalents past MAX_PARTITIONS_PER_QUERY cost only themselves, not the page', async () => {
    const capped = await startStack({ env: { MAX_PARTITIONS_PER_QUERY: '5' } });
    try {
      const { data, errors } = await capped.query(Equivalents, {
        filter: { providers: ['CIVO'], distributions: ['ubuntu'] },
      });
      expect(data!.images!.edges.length).toBeGreaterThan(1);
      expect(data!.images!.edges.every(({ node }) => node.equivalents === null)).toBe(true);
      // Said once for the field, not once per image.
      expect(errors).toHaveLength(1);
      expect(errors![0]!.extensions).toMatchObject({ code: 'TOO_MANY_PARTITIONS', limit: 5 });
      expect(errors![0]!.path?.slice(0, 2)).toEqual(['images', 'edges']);
      expect(errors![0]!.path?.at(-1)).toBe('equivalents');
    } finally {
      await capped.close();
    }
  });
});

describe('equivalents past MAX_PARTITIONS_PER_QUERY', () => {
  const page = (filter: string, equivalents = 'equivalents') =>
    `images(filter: ${filter}) { edges { node { imageId ${equivalents} { region { code } } } } }`;
  type Answer = {
    data: Record<string, { edges: { node: { imageId: string; equivalents: unknown[] | null } }[] } | null>;
    errors?: { message: string; path: (string | number)[]; extensions: Record<string, unknown> }[];
  };
  const ask = async (target: Stack, query: string) => (await (await target.post({ query })).json()) as Answer;
  let capped: Stack;
  beforeAll(async () => {
    capped = await startStack({ env: { MAX_PARTITIONS_PER_QUERY: '3' } });
  });
  afterAll(() => capped.close());

  it('gives one error per root field, in words that fit equivalents, and nulls the rest silently', async () => {
    const body = await ask(
      capped,
      `{ a: ${page('{ regions: ["lon1", "fra1"] }')} b: ${page('{ regions: ["lon1"] }')} }`,
    );
    for (const field of ['a', 'b']) {
      expect(body.data[field]!.edges.length, field).toBeGreaterThan(1);
      expect(
        body.data[field]!.edges.every(({ node }) => node.equivalents === null),
        field,
      ).toBe(true);
    }
    expect(body.errors).toHaveLength(2);
    expect(body.errors!.map((error) => error.path[0]).sort()).toEqual(['a', 'b']);
    for (const error of body.errors!) {
      expect(error.extensions).toMatchObject({ code: 'TOO_MANY_PARTITIONS', limit: 3 });
      expect(error.path.at(-1)).toBe('equivalents');
      // equivalents has no filter: the message names what it has, and the setting.
      expect(error.message).toMatch(
        /^equivalents would bring this query to \d+ partitions \(regions × projects\); the limit is 3 \(MAX_PARTITIONS_PER_QUERY\)\./,
      );
      expect(error.message).not.toMatch(/filter\./);
      expect(error.message).toContain(`every equivalents under ${error.path[0]} that would pass the limit is null`);
    }
    // With 3 partitions no single cloud fits either, so only the limit helps.
    expect(body.errors![0]!.message).toMatch(/Raise the limit to at least \d+ to ask it here\./);
  });

  it('suggests equivalents(providers: …) when one cloud alone would fit, and that works', async () => {
    const roomier = await startStack({ env: { MAX_PARTITIONS_PER_QUERY: String(civoRegions.length + 1) } });
    try {
      const refused = await ask(roomier, `{ ${page('{ regions: ["lon1"] }')} }`);
      expect(refused.errors).toHaveLength(1);
      expect(refused.errors![0]!.message).toMatch(
        /Ask equivalents\(providers: \[CIVO\]\), or raise the limit to at least \d+\./,
      );
      const civoOnly = await ask(roomier, `{ ${page('{ regions: ["lon1"] }', 'equivalents(providers: [CIVO])')} }`);
      expect(civoOnly.errors).toBeUndefined();
      expect(civoOnly.data.images!.edges.some(({ node }) => (node.equivalents?.length ?? 0) > 0)).toBe(true);
    } finally {
      await roomier.close();
    }
  });
});

describe('equivalents of upstream values a client could never type', () => {
  it('matches them exactly and never refuses them as bad input', async () => {
    // A Civo-speaking upstream whose one image family has a 250-character version with a
    // trailing space: too long for a filter argument, and trimming would change it.
    const version = `${'9'.repeat(249)} `;
    const [lon, fra] = civoRegions;
    const image = (id: string) => ({
      id,
      name: 'odd-os',
      version,
      state: 'available',
      distribution: 'oddos',
      description: null,
      label: null,
      os: 'linux',
    });
    const odd = createHttpServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://x');
      res.setHeader('content-type', 'application/json');
      if (url.pathname === '/v2/regions') return res.end(JSON.stringify([lon, fra]));
      res.end(JSON.stringify([image(`${url.searchParams.get('region')}-odd`)]));
    });
    await new Promise<void>((resolve) => odd.listen(0, '127.0.0.1', resolve));
    const own = await startStack({
      env: { CIVO_API_URL: `http://127.0.0.1:${(odd.address() as AddressInfo).port}`, GCORE_API_KEY: undefined },
    });
    try {
      const answer = await own.post({ query: '{ images { edges { node { imageId equivalents { imageId } } } } }' });
      const { data, errors } = (await answer.json()) as {
        data: { images: { edges: { node: { imageId: string; equivalents: { imageId: string }[] } }[] } };
        errors?: unknown;
      };
      expect(errors).toBeUndefined();
      const byId = Object.fromEntries(
        data.images.edges.map(({ node }) => [node.imageId, node.equivalents.map((equivalent) => equivalent.imageId)]),
      );
      expect(byId).toEqual({
        [`${lon!.code.toUpperCase()}-odd`]: [`${fra!.code.toUpperCase()}-odd`],
        [`${fra!.code.toUpperCase()}-odd`]: [`${lon!.code.toUpperCase()}-odd`],
      });
    } finally {
      await own.close();
      odd.closeAllConnections();
      await new Promise((resolve) => odd.close(resolve));
    }
  });
});

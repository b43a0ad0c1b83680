import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import {
  activeGcoreRegions,
  catalogRows,
  gcoreProjectsInOrder,
  partitionRows,
} from '../support/catalog-expectations.js';
import { startStack, type Stack } from '../support/stack.js';

/**
 * Gcore lists each public image in every project of a region, with one id. It is one image:
 * one row of a search, counted once, one place for families and equivalents, taken from the
 * first configured project (the default one first). Coverage stays per project × region.
 */

const GcoreRows = graphql(`
  query GcoreRows($filter: ImageFilter) {
    images(filter: $filter) {
      totalCount
      edges {
        node {
          id
          imageId
          name
          visibility
          region {
            code
          }
          ... on GcoreImage {
            projectId
          }
        }
      }
      facets {
        providers {
          value
          count
        }
        regions {
          value
          count
        }
      }
      coverage {
        requested
        answered
      }
    }
  }
`);

const FamilyPlaces = graphql(`
  query FamilyPlaces($filter: ImageFilter) {
    imageFamilies(filter: $filter) {
      families {
        key
        locationCount
        locations {
          provider
          region {
            code
          }
          gcoreProjectId
          image {
            imageId
            visibility
          }
          alternatives {
            imageId
            name
          }
        }
      }
    }
  }
`);

const EquivalentPlaces = graphql(`
  query EquivalentPlaces($filter: ImageFilter) {
    images(filter: $filter) {
      edges {
        node {
          imageId
          name
          visibility
          region {
            code
          }
          ... on GcoreImage {
            projectId
          }
          equivalents {
            imageId
            provider
            region {
              code
            }
          }
        }
      }
    }
  }
`);

const [defaultProject, otherProject] = gcoreProjectsInOrder.map((project) => project.id) as [number, number];
const gcoreRows = catalogRows().filter((row) => row.provider === 'GCORE' && row.available);
const jammy = { distributions: ['ubuntu'], versions: ['22.04'], architectures: ['X86_64' as const] };
/** Where the official ubuntu 22.04 x86_64 exists: provider and region. */
const jammyPlaces = new Set(
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

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack.close());
beforeEach(() => stack.emulator.resetRequests());

describe('a Gcore public image is one row', () => {
  it('is returned and counted once, from the default project; private images keep their own project', async () => {
    const { data, errors } = await stack.query(GcoreRows, { filter: { providers: ['GCORE'] } });
    expect(errors).toBeUndefined();
    const result = data!.images!;
    const nodes = result.edges.map(({ node }) => node);
    const keys = nodes.map((node) => `${node.region.code}:${node.imageId}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(new Set(nodes.map((node) => node.id)).size).toBe(nodes.length);
    expect(result.totalCount).toBe(gcoreRows.length);
    expect(result.totalCount).toBeLessThan(
      partitionRows().filter((row) => row.provider === 'GCORE' && row.available).length,
    );
    // Coverage stays per project × region.
    expect(result.coverage).toEqual({
      requested: gcoreProjectsInOrder.length * activeGcoreRegions.length,
      answered: gcoreProjectsInOrder.length * activeGcoreRegions.length,
    });
    expect(result.facets.providers).toEqual([{ value: 'GCORE', count: gcoreRows.length }]);
    for (const region of activeGcoreRegions) {
      const facet = result.facets.regions.find((candidate) => candidate.value === String(region.id));
      expect(facet?.count).toBe(gcoreRows.filter((row) => row.region === String(region.id)).length);
    }
    const projectOf = (node: (typeof nodes)[number]) => ('projectId' in node ? node.projectId : null);
    expect(
      nodes.filter((node) => node.visibility === 'PUBLIC').every((node) => projectOf(node) === defaultProject),
    ).toBe(true);
    const otherProjects = nodes.filter((node) => node.visibility === 'PRIVATE' && projectOf(node) === otherProject);
    expect(otherProjects.map((node) => node.name)).toContain('ml-train-base');
  });

  it('keeps the default project’s copy whatever order gcoreProjectIds names them in', async () => {
    const filter = {
      providers: ['GCORE' as const],
      regions: [String(activeGcoreRegions[0]!.id)],
      visibility: ['PUBLIC' as const],
    };
    const reversed = await stack.query(GcoreRows, {
      filter: { ...filter, gcoreProjectIds: [otherProject, defaultProject] },
    });
    const nodes = reversed.data!.images!.edges.map(({ node }) => node);
    expect(nodes.length).toBe(
      gcoreRows.filter((row) => row.region === filter.regions[0] && row.visibility === 'PUBLIC').length,
    );
    expect(nodes.every((node) => 'projectId' in node && node.projectId === defaultProject)).toBe(true);
    const alone = await stack.query(GcoreRows, { filter: { ...filter, gcoreProjectIds: [otherProject] } });
    expect(alone.data!.images!.edges.every(({ node }) => 'projectId' in node && node.projectId === otherProject)).toBe(
      true,
    );
    expect(alone.data!.images!.totalCount).toBe(nodes.length);
  });
});

const PublicImageInTwoProjects = graphql(`
  query PublicImageInTwoProjects($regionId: Int!, $first: Int!, $second: Int!) {
    first: gcoreImages(regionId: $regionId, projectId: $first, visibility: PUBLIC) {
      id
      imageId
    }
    second: gcoreImages(regionId: $regionId, projectId: $second, visibility: PUBLIC) {
      id
      imageId
    }
    own: gcoreImages(regionId: $regionId, projectId: $first, visibility: PRIVATE) {
      id
      imageId
    }
  }
`);

const NodeById = graphql(`
  query NodeById($id: ID!) {
    node(id: $id) {
      id
      ... on GcoreImage {
        imageId
        projectId
      }
    }
  }
`);

describe('a Gcore public image has one global id', () => {
  it('is the same id from every project that lists it, so a frontend cache holds it once; private ids differ', async () => {
    const regionId = activeGcoreRegions[0]!.id;
    const { data, errors } = await stack.query(PublicImageInTwoProjects, {
      regionId,
      first: defaultProject,
      second: otherProject,
    });
    expect(errors).toBeUndefined();
    const idsOf = (images: { id: string; imageId: string }[]) =>
      new Map(images.map((image) => [image.imageId, image.id]));
    const first = idsOf(data!.first!);
    const second = idsOf(data!.second!);
    expect(first.size).toBeGreaterThan(0);
    for (const [imageId, id] of first) expect(second.get(imageId)).toBe(id);
    // A private image is its project's own: its id names the project.
    expect(data!.own!.length).toBeGreaterThan(0);
    expect(new Set(data!.own!.map((image) => image.id)).size).toBe(data!.own!.length);
    expect([...first.values()].some((id) => data!.own!.some((own) => own.id === id))).toBe(false);

    // And node() fetches it back, from the first configured project.
    const [imageId, id] = [...first][0]!;
    const node = await stack.query(NodeById, { id });
    expect(node.data!.node).toEqual({ id, imageId, projectId: defaultProject });
  });
});

describe('a place is a provider’s region', () => {
  it('imageFamilies counts a Gcore region once, whatever projects list it', async () => {
    const { data, errors } = await stack.query(FamilyPlaces, {
      filter: { ...jammy, visibility: ['PUBLIC', 'PRIVATE', 'SHARED'] },
    });
    expect(errors).toBeUndefined();
    const [family, ...rest] = data!.imageFamilies!.families;
    expect(rest).toHaveLength(0);
    expect(family!.locationCount).toBe(jammyPlaces.size);
    expect(family!.locations.map((location) => `${location.provider}:${location.region.code}`).sort()).toEqual(
      [...jammyPlaces].sort(),
    );
    const gcore = family!.locations.filter((location) => location.provider === 'GCORE');
    expect(gcore).toHaveLength(activeGcoreRegions.length);
    expect(
      gcore.every((location) => location.gcoreProjectId === defaultProject && location.image.visibility === 'PUBLIC'),
    ).toBe(true);
    // Both projects' own images of the family are alternatives of the one place; the public image is not repeated.
    const first = gcore.find((location) => location.region.code === String(activeGcoreRegions[0]!.id))!;
    expect(first.alternatives.map((alternative) => alternative.name)).toEqual(
      expect.arrayContaining(['ubuntu-22.04-x64-hardened', 'ml-train-base']),
    );
    expect(first.alternatives.map((alternative) => alternative.imageId)).not.toContain(first.image.imageId);
  });

  it('equivalents are the other regions: never the image itself, never its own region', async () => {
    const region = String(activeGcoreRegions[0]!.id);
    const { data, errors } = await stack.query(EquivalentPlaces, {
      filter: { ...jammy, regions: [region], visibility: ['PUBLIC', 'PRIVATE', 'SHARED'], gpu: false },
    });
    expect(errors).toBeUndefined();
    const nodes = data!.images!.edges.map(({ node }) => node);
    expect(nodes.map((node) => node.visibility)).toEqual(expect.arrayContaining(['PUBLIC', 'PRIVATE']));
    const elsewhere = [...jammyPlaces].filter((place) => place !== `GCORE:${region}`).sort();
    for (const node of nodes) {
      const places = node.equivalents!.map((other) => `${other.provider}:${other.region.code}`);
      expect(places.sort(), node.name).toEqual(elsewhere);
      expect(node.equivalents!.map((other) => other.imageId)).not.toContain(node.imageId);
    }
  });
});

import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { civoCustomImages, civoImagesByRegion, civoRegions } from '../../src/providers/civo/emulator/catalog.js';
import { gcoreBaremetalImages, gcoreImages, gcoreProjects } from '../../src/providers/gcore/emulator/catalog.js';
import { encodeGlobalId } from '../../src/schema/global-id.js';
import { activeGcoreRegions, catalogRows, partitionCount } from '../support/catalog-expectations.js';
import { startStack, type Stack } from '../support/stack.js';

/**
 * Upstream bodies drifted as the official SDKs' models show the real APIs drift (the
 * emulator's `drift` fault): a drifted field costs that field, an unreadable item costs
 * itself, and neither ever costs a partition, a provider or a query.
 */

let stack: Stack;

beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack.close());
beforeEach(() => {
  stack.emulator.clearFaults();
  stack.emulator.resetRequests();
});

interface Answer<T> {
  data?: T;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

async function ask<T>(query: string, variables: Record<string, unknown> = {}): Promise<Answer<T>> {
  return (await (await stack.post({ query, variables })).json()) as Answer<T>;
}

interface Search {
  images: {
    totalCount: number;
    coverage: { requested: number; answered: number; complete: boolean };
    edges: { node: { provider: string; imageId: string; region: { code: string; name: string } } }[];
  };
}

const SEARCH = `{ images { totalCount coverage { requested answered complete }
  edges { node { provider imageId region { code name } } } } }`;

const drift = (target: Parameters<Stack['emulator']['addFault']>[0]['target']) =>
  stack.emulator.addFault({ target, fault: { kind: 'drift' } });

describe('drifted discovery costs nothing beyond the drifted fields', () => {
  it('every partition still answers when regions lack slug/gpu/default and projects lack task_id', async () => {
    const undrifted = await ask<Search>(SEARCH);
    // Discovery is cached across requests: a fresh server sees the drifted lists.
    const drifted = await startStack({ env: { DISCOVERY_TTL_SECONDS: '0' } });
    try {
      drifted.emulator.addFault({ target: { provider: 'civo', route: 'GET /v2/regions' }, fault: { kind: 'drift' } });
      drifted.emulator.addFault({
        target: { provider: 'gcore', route: 'GET /cloud/v1/regions' },
        fault: { kind: 'drift' },
      });
      drifted.emulator.addFault({
        target: { provider: 'gcore', route: 'GET /cloud/v1/projects' },
        fault: { kind: 'drift' },
      });
      const answer = (await (await drifted.post({ query: SEARCH })).json()) as Answer<Search>;
      expect(answer.errors).toBeUndefined();
      expect(answer.data!.images.coverage).toEqual({
        requested: partitionCount,
        answered: partitionCount,
        complete: true,
      });
      expect(answer.data!.images.totalCount).toBe(undrifted.data!.images.totalCount);
      expect(answer.data!.images.totalCount).toBe(catalogRows().filter((row) => row.available).length);
      // Every image still answers its non-null region, a drifted one included.
      expect(answer.data!.images.edges.every(({ node }) => node.region.name.length > 0)).toBe(true);
      // The drift is logged, once per kind, with no value.
      const driftLines = drifted.logs.filter((line) => line.includes('upstream drift'));
      expect(driftLines.some((line) => line.includes('(GCORE): region.slug: missing'))).toBe(true);
      expect(driftLines.some((line) => line.includes('(CIVO): region.features.gpu: missing'))).toBe(true);
      expect(driftLines.some((line) => line.includes('an unreadable region was skipped'))).toBe(true);
      const before = driftLines.length;
      await drifted.post({ query: SEARCH });
      expect(drifted.logs.filter((line) => line.includes('upstream drift')).length).toBe(before);
    } finally {
      await drifted.close();
    }
  });

  it('regions and projects answer with their drifted fields as null, the rest intact', async () => {
    const fresh = await startStack({ env: { DISCOVERY_TTL_SECONDS: '0' } });
    try {
      for (const route of ['GET /v2/regions', 'GET /cloud/v1/regions', 'GET /cloud/v1/projects'] as const) {
        fresh.emulator.addFault({
          target: { provider: route.startsWith('GET /v2') ? 'civo' : 'gcore', route },
          fault: { kind: 'drift' },
        });
      }
      const answer = (await (
        await fresh.post({
          query: `{ civoRegions { code isDefault features { iaas gpu } }
            gcoreRegions { regionId name slug coordinates { latitude longitude } zone }
            gcoreProjects { projectId isDefault taskId clientId } }`,
        })
      ).json()) as Answer<{
        civoRegions: { code: string; isDefault: boolean; features: { iaas: boolean | null; gpu: boolean | null } }[];
        gcoreRegions: {
          regionId: number;
          name: string;
          slug: string | null;
          coordinates: { latitude: number } | null;
          zone: string | null;
        }[];
        gcoreProjects: { projectId: number; isDefault: boolean; taskId: string | null; clientId: number | null }[];
      }>;
      expect(answer.errors).toBeUndefined();
      const { civoRegions: civo, gcoreRegions: regions, gcoreProjects: projects } = answer.data!;
      // The unreadable entry (no `code` / no `id`) is skipped; every real one is there.
      expect(civo.map((region) => region.code).sort()).toEqual(civoRegions.map((r) => r.code.toUpperCase()).sort());
      expect(civo.filter((region) => region.isDefault)).toHaveLength(1);
      expect(civo.every((region) => region.features.iaas === true && region.features.gpu === null)).toBe(true);
      expect(regions.every((region) => region.slug === null && region.name.length > 0)).toBe(true);
      expect(regions.some((region) => region.coordinates !== null)).toBe(true);
      expect(regions.some((region) => region.zone === 'ANTARCTICA')).toBe(true); // unknown values served raw
      expect(projects.map((project) => project.projectId).sort()).toEqual(gcoreProjects.map((p) => p.id).sort());
      expect(projects.filter((project) => !project.isDefault).every((project) => project.taskId === null)).toBe(true);
      expect(projects.every((project) => typeof project.clientId === 'number')).toBe(true);
    } finally {
      await fresh.close();
    }
  });
});

describe('drifted listings cost only what cannot be read', () => {
  it('a drifted Civo region serves every image: k3s without version, system images still PUBLIC', async () => {
    drift({ provider: 'civo', region: 'LON1' });
    const answer = await ask<{
      civoDiskImages: {
        imageId: string;
        name: string;
        version: string | null;
        visibility: string;
        sizeBytes: number | null;
      }[];
    }>(`{ civoDiskImages(region: "LON1") { imageId name version visibility sizeBytes } }`);
    expect(answer.errors).toBeUndefined();
    const images = answer.data!.civoDiskImages;
    const listed = civoImagesByRegion('lon1');
    // The appended entry without an id is skipped; every real image is there.
    expect(images.map((image) => image.imageId).sort()).toEqual(listed.map((image) => image.id).sort());
    const k3s = images.filter((image) => image.name.startsWith('k3s-'));
    expect(k3s.length).toBeGreaterThan(0);
    expect(k3s.every((image) => image.version === null)).toBe(true);
    // `created_by: "system"` on Civo's own images does not make them custom.
    const custom = new Set(civoCustomImages('lon1').map((image) => image.id));
    for (const image of images) expect(image.visibility).toBe(custom.has(image.imageId) ? 'CUSTOM' : 'PUBLIC');
    // Sizes sent as numeric strings are read as numbers.
    const sized = listed.find((image) => typeof image.disk_image_size_bytes === 'number')!;
    expect(images.find((image) => image.imageId === sized.id)!.sizeBytes).toBe(sized.disk_image_size_bytes);
  });

  it('a drifted Gcore partition serves every readable image, with tags from tags_v2 and numbers from strings', async () => {
    const region = activeGcoreRegions[0]!;
    const project = gcoreProjects.find((candidate) => candidate.is_default)!;
    drift({ provider: 'gcore', projectId: project.id, regionId: region.id });
    const answer = await ask<{
      gcoreImages: {
        imageId: string;
        status: string;
        providerStatus: string | null;
        minRam: number | null;
        tags: { key: string }[];
        price: { status: string } | null;
      }[];
    }>(
      `query($regionId: Int!) { gcoreImages(regionId: $regionId) {
        imageId status providerStatus minRam tags { key } price { status } } }`,
      { regionId: region.id },
    );
    expect(answer.errors).toBeUndefined();
    const listed = gcoreImages(project.id, region.id, { includePrices: true });
    const images = answer.data!.gcoreImages;
    expect(images.map((image) => image.imageId).sort()).toEqual(listed.map((image) => image.id).sort());
    const byId = new Map(images.map((image) => [image.imageId, image]));
    for (const raw of listed) {
      const image = byId.get(raw.id)!;
      expect(image.minRam).toBe(raw.min_ram);
      expect(image.tags.map((tag) => tag.key)).toEqual(raw.tags_v2.map((tag) => tag.key));
      expect(image.price?.status ?? null).toBe(raw.price_status);
    }
    expect(images.some((image) => image.price?.status === 'show')).toBe(true);
    // An unknown status is served raw and normalised to UNKNOWN.
    const unknown = images.filter((image) => image.providerStatus === 'uploading_v2');
    expect(unknown.length).toBeGreaterThan(0);
    expect(unknown.every((image) => image.status === 'UNKNOWN')).toBe(true);
  });

  it('a search over drifted partitions of both providers stays complete', async () => {
    drift({ provider: 'civo', region: 'FRA1' });
    const region = activeGcoreRegions[1]!;
    for (const project of gcoreProjects) drift({ provider: 'gcore', projectId: project.id, regionId: region.id });
    const answer = await ask<Search>(SEARCH);
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.images.coverage.complete).toBe(true);
    const codes = new Set(answer.data!.images.edges.map(({ node }) => node.region.code));
    expect(codes.has('FRA1')).toBe(true);
    expect(codes.has(String(region.id))).toBe(true);
  });
});

describe('a region the region list lacks', () => {
  it('is still every listed image’s region, known by what the image says, and costs no image', async () => {
    const missing = activeGcoreRegions[0]!;
    // A proxy drops the region from GET /cloud/v1/regions, as if its entry could not be read.
    const proxied = await startStack({
      rewrite: async (url, response) => {
        if (url.pathname !== '/cloud/v1/regions') return response;
        const body = (await response.json()) as { count: number; results: { id: number }[] };
        const results = body.results.filter((region) => region.id !== missing.id);
        return Response.json({ count: body.count - (body.results.length - results.length), results });
      },
    });
    try {
      const answer = (await (
        await proxied.post({
          query: `query($regionId: Int!) { gcoreImages(regionId: $regionId) { imageId region { code name } } }`,
          variables: { regionId: missing.id },
        })
      ).json()) as Answer<{ gcoreImages: { imageId: string; region: { code: string; name: string } }[] }>;
      expect(answer.errors).toBeUndefined();
      const project = gcoreProjects.find((candidate) => candidate.is_default)!;
      expect(answer.data!.gcoreImages.map((image) => image.imageId).sort()).toEqual(
        gcoreImages(project.id, missing.id)
          .map((image) => image.id)
          .sort(),
      );
      expect(
        answer.data!.gcoreImages.every(
          (image) => image.region.code === String(missing.id) && image.region.name === missing.display_name,
        ),
      ).toBe(true);
    } finally {
      await proxied.close();
    }
  });
});

describe('a region whose state cannot be read', () => {
  it('is still searched: its images are in the answer, and coverage counts it', async () => {
    const unread = activeGcoreRegions[0]!;
    const proxied = await startStack({
      rewrite: async (url, response) => {
        if (url.pathname !== '/cloud/v1/regions') return response;
        const body = (await response.json()) as { count: number; results: Record<string, unknown>[] };
        for (const region of body.results) if (region.id === unread.id) delete region.state;
        return Response.json(body);
      },
    });
    try {
      const answer = (await (await proxied.post({ query: SEARCH })).json()) as Answer<Search>;
      expect(answer.errors).toBeUndefined();
      expect(answer.data!.images.coverage).toMatchObject({ requested: partitionCount, answered: partitionCount });
      const codes = new Set(answer.data!.images.edges.map(({ node }) => node.region.code));
      expect(codes.has(String(unread.id))).toBe(true);
    } finally {
      await proxied.close();
    }
  });
});

describe('a bare-metal image its listing lacks', () => {
  it('is fetched in detail and stays bare metal, with the same id', async () => {
    const region = activeGcoreRegions.find((candidate) => candidate.has_baremetal)!;
    const project = gcoreProjects.find((candidate) => candidate.is_default)!;
    const image = gcoreBaremetalImages(project.id, region.id)[0]!;
    // A proxy drops the image from its bmimages listing and `is_baremetal` from its detail.
    const proxied = await startStack({
      rewrite: async (url, response) => {
        if (url.pathname.startsWith('/cloud/v1/bmimages/')) {
          const body = (await response.json()) as { count: number; results: { id: string }[] };
          const results = body.results.filter((candidate) => candidate.id !== image.id);
          return Response.json({ count: results.length, results });
        }
        if (url.pathname.endsWith(`/${image.id}`)) {
          const { is_baremetal: _dropped, ...rest } = (await response.json()) as Record<string, unknown>;
          return Response.json(rest);
        }
        return response;
      },
    });
    try {
      const id = encodeGlobalId('GcoreImage', `public:${region.id}:bm:${image.id}`);
      const answer = (await (
        await proxied.post({
          query: 'query($id: ID!) { node(id: $id) { id ... on GcoreImage { imageId isBaremetal } } }',
          variables: { id },
        })
      ).json()) as Answer<{ node: { id: string; imageId: string; isBaremetal: boolean } | null }>;
      expect(answer.errors).toBeUndefined();
      expect(answer.data!.node).toEqual({ id, imageId: image.id, isBaremetal: true });
      expect(proxied.emulator.count({ route: 'GET /cloud/v1/images/:project/:region/:id' })).toBe(1);
    } finally {
      await proxied.close();
    }
  });
});

describe('a Civo region whose code is not a region code', () => {
  it('is an unreadable entry: skipped, never searched, never quoted in an answer', async () => {
    const odd = ['lon1"><img src=x>', `A${'x'.repeat(200)}`, 'fra1 with spaces'];
    const proxied = await startStack({
      rewrite: async (url, response) => {
        if (url.pathname !== '/v2/regions') return response;
        const regions = (await response.json()) as Record<string, unknown>[];
        return Response.json([...regions, ...odd.map((code) => ({ ...regions[0], code, default: false }))]);
      },
    });
    try {
      const response = await proxied.post({
        query:
          '{ civoRegions { code } images(first: 1, filter: { providers: [CIVO] }) { coverage { requested answered failed { region } } } }',
      });
      const text = await response.text();
      const answer = JSON.parse(text) as Answer<{
        civoRegions: { code: string }[];
        images: { coverage: { requested: number; answered: number } };
      }>;
      expect(answer.errors).toBeUndefined();
      expect(answer.data!.civoRegions.map((region) => region.code).sort()).toEqual(
        civoRegions.map((region) => region.code.toUpperCase()).sort(),
      );
      expect(answer.data!.images.coverage).toMatchObject({
        requested: civoRegions.length,
        answered: civoRegions.length,
      });
      for (const code of odd) expect(text.toLowerCase()).not.toContain(code.toLowerCase());
    } finally {
      await proxied.close();
    }
  });
});

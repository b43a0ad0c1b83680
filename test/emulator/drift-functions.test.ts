import { describe, expect, it } from 'vitest';
import { deepFreeze } from '../../src/emulator/freeze.js';
import { civoImagesByRegion, civoRegions } from '../../src/providers/civo/emulator/catalog.js';
import { driftCivoBody } from '../../src/providers/civo/emulator/drift.js';
import { gcoreImages, gcoreProjects, gcoreRegions } from '../../src/providers/gcore/emulator/catalog.js';
import { driftGcoreBody, GCORE_UNREADABLE_REGION } from '../../src/providers/gcore/emulator/drift.js';

/** The drift functions on their own: pure, deterministic, and careful with what they do not know. */

const none = new URLSearchParams();
const project = gcoreProjects[0]!;
const region = gcoreRegions[0]!;

describe('drift functions', () => {
  it('leave their (frozen) input untouched and give equal output for equal input', () => {
    const cases: [() => unknown, unknown][] = [
      [() => driftCivoBody('GET /v2/regions', civoRegions), civoRegions],
      [() => driftCivoBody('GET /v2/disk_images', civoImagesByRegion('LON1')), civoImagesByRegion('LON1')],
      [
        () => driftGcoreBody('GET /cloud/v1/regions', deepFreeze({ count: 11, results: gcoreRegions }), none),
        gcoreRegions,
      ],
    ];
    const images = deepFreeze({ count: 1, results: gcoreImages(project.id, region.id).slice(0, 1) });
    const imageBefore = structuredClone(images);
    for (const [run] of cases) expect(run()).toEqual(run());
    expect(driftGcoreBody('GET /cloud/v1/images/:project/:region', images, none)).not.toEqual(images);
    expect(images).toEqual(imageBefore);
    expect(civoRegions[0]!.features.gpu).toBe(true);
  });

  it('pass through unknown routes and bodies of another shape', () => {
    const body = [{ id: 'x' }];
    expect(driftCivoBody('GET (unmatched)', body)).toBe(body);
    expect(driftCivoBody('GET /v2/regions', { not: 'an array' })).toEqual({ not: 'an array' });
    expect(driftCivoBody('GET /v2/disk_images/:id', ['not', 'an', 'object'])).toEqual(['not', 'an', 'object']);
    expect(driftGcoreBody('GET /cloud/v1/regions', [1, 2], none)).toEqual([1, 2]);
    expect(driftGcoreBody('DELETE /cloud/v1/regions', { count: 1, results: [] }, none)).toEqual({
      count: 1,
      results: [],
    });
    // Non-object items are left alone, but still counted.
    expect(driftCivoBody('GET /v2/disk_images', [7])).toEqual([7, { name: 'no-id-image', state: 'available' }]);
  });

  it('append the unreadable entry only on the page that ends the list', () => {
    const item = { id: 1, created_at: 't' };
    const route = 'GET /cloud/v1/regions';
    const results = (offset: number, count: number, length: number) =>
      driftGcoreBody(
        route,
        { count, results: Array.from({ length }, () => item) },
        new URLSearchParams({ offset: String(offset) }),
      ) as {
        count: number;
        results: unknown[];
      };
    expect(results(0, 3, 2)).toMatchObject({ count: 4 });
    expect(results(0, 3, 2).results).toHaveLength(2);
    expect(results(2, 3, 1).results.at(-1)).toEqual(GCORE_UNREADABLE_REGION);
    expect(results(3, 3, 0)).toEqual({ count: 4, results: [] });
    expect(results(0, 0, 0)).toEqual({ count: 1, results: [GCORE_UNREADABLE_REGION] });
  });

  it('read include_prices as the route does', () => {
    const image = gcoreImages(project.id, region.id)[0]!;
    const detail = (query: string) =>
      driftGcoreBody('GET /cloud/v1/images/:project/:region/:id', image, new URLSearchParams(query)) as object;
    expect(detail('include_prices=1')).toHaveProperty('price_status');
    expect(detail('include_prices=false')).not.toHaveProperty('price_status');
    expect(detail('')).not.toHaveProperty('currency_code');
  });
});

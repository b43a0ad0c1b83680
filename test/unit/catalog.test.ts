import { describe, expect, it } from 'vitest';
// The filter reads region codes with each registered provider's syntax.
import '../../src/providers/index.js';
import { computeFacets } from '../../src/catalog/facets.js';
import { distinctImages } from '../../src/catalog/distinct-images.js';
import { groupFamilies } from '../../src/catalog/families.js';
import { matchesGcoreFilters } from '../../src/providers/gcore/list-filters.js';
import { matchesFilter, type ImageFilter } from '../../src/catalog/image-filter.js';
import { sortImages, type OrderTerm } from '../../src/catalog/image-order.js';
import { pickLatest } from '../../src/catalog/latest.js';
import { pageWindow, paginate as paginateWindow, type PageArgs } from '../../src/catalog/paginate.js';
import type { OrderTerm as Terms } from '../../src/catalog/image-order.js';
import type { DiskImage } from '../../src/catalog/disk-image.js';
import type { SortKey } from '../../src/catalog/image-order.js';

const paginate = (sorted: { image: DiskImage; key: SortKey }[], terms: Terms[], args: PageArgs) =>
  paginateWindow(sorted, terms, pageWindow(args, terms));
import { civo, gcore } from '../support/image-fixtures.js';
import { toImageFilter } from '../../src/schema/types/catalog/image-filter-input.js';

const available: ImageFilter = { statuses: ['AVAILABLE'] };

describe('gcoreImages filters', () => {
  it('agree with the normalised fields they filter (`arm64` is ARM64, like the answer says)', () => {
    const arm = gcore('debian-12-arm64', { architecture: 'arm64', visibility: 'public' });
    expect(arm.architecture).toBe('ARM64');
    expect(matchesGcoreFilters(arm, { architecture: 'ARM64', visibility: 'PUBLIC' })).toBe(true);
    expect(matchesGcoreFilters(arm, { architecture: 'X86_64' })).toBe(false);
    expect(matchesGcoreFilters(arm, { osDistro: 'DEBIAN', name: '12-ARM' })).toBe(true);
  });
});

describe('matchesFilter', () => {
  const jammy = civo('ubuntu-jammy', '22.04');
  const h100 = gcore('ubuntu-22.04-x64-nvidia-h100', { gpu_driver: 'nvidia', min_ram: 65536 });
  it('applies every predicate', () => {
    expect(matchesFilter(jammy, { ...available, distributions: ['ubuntu'], versionPrefixes: ['22'] })).toBe(true);
    expect(matchesFilter(jammy, { ...available, versionPrefixes: ['2'] })).toBe(false);
    expect(matchesFilter(jammy, { ...available, regions: [{ provider: 'CIVO', code: 'FRA1' }] })).toBe(false);
    expect(matchesFilter(jammy, { ...available, regions: [{ provider: 'CIVO', code: 'LON1' }] })).toBe(true);
    // The same code of another provider is another region.
    expect(matchesFilter(jammy, { ...available, regions: [{ provider: 'GCORE', code: 'LON1' }] })).toBe(false);
    expect(matchesFilter(jammy, { ...available, visibility: ['CUSTOM'] })).toBe(false);
    expect(matchesFilter(h100, { ...available, gpu: true })).toBe(true);
    expect(matchesFilter(h100, { ...available, gpu: false })).toBe(false);
    expect(matchesFilter(h100, { ...available, minRamMb: 8192 })).toBe(false);
    expect(matchesFilter(h100, { ...available, minRamMb: 65536 })).toBe(true);
    expect(matchesFilter(h100, { ...available, nameContains: 'NVIDIA' })).toBe(true);
    expect(matchesFilter(h100, { ...available, baremetal: true })).toBe(false);
  });
  it('keeps only AVAILABLE by default and lets statuses widen it', () => {
    const pending = civo('my-golden', '1.0', 'LON1', { state: 'upload_pending', createdBy: 'me' });
    expect(matchesFilter(pending, available)).toBe(false);
    expect(matchesFilter(pending, { statuses: ['AVAILABLE', 'PENDING'] })).toBe(true);
    expect(pending.visibility).toBe('CUSTOM');
  });
});

describe('ordering and pagination', () => {
  const images = ['9', '10', '20.04', '22.04', '22.04-cuda12-2', '24.04', '24.04.1'].flatMap((version, index) => [
    civo(`img-${index}`, version, 'LON1'),
    civo(`img-${index}`, version, 'FRA1'),
  ]);
  const byVersion: OrderTerm[] = [{ field: 'VERSION', direction: 'DESC' }];

  it('is version-aware and total (ties broken by region)', () => {
    const sorted = sortImages(images, byVersion).map(
      ({ image }) => `${image.version}@${image.provider === 'CIVO' ? image.regionCode : ''}`,
    );
    expect(sorted.slice(0, 4)).toEqual(['24.04.1@FRA1', '24.04.1@LON1', '24.04@FRA1', '24.04@LON1']);
    expect(sorted.at(-1)).toBe('9@LON1');
  });

  it('walks forward and backward with stable cursors that cover everything once', () => {
    const sorted = sortImages(images, byVersion);
    const forward: string[] = [];
    let after: string | null = null;
    for (let guard = 0; guard < 20; guard++) {
      const page = paginate(sorted, byVersion, { first: 3, after });
      forward.push(...page.edges.map((edge) => edge.node.imageId));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(forward).toEqual(sorted.map(({ image }) => image.imageId));

    const backward: string[] = [];
    let before: string | null = null;
    for (let guard = 0; guard < 20; guard++) {
      const page = paginate(sorted, byVersion, { last: 4, before });
      backward.unshift(...page.edges.map((edge) => edge.node.imageId));
      if (!page.pageInfo.hasPreviousPage) break;
      before = page.pageInfo.startCursor;
    }
    expect(backward).toEqual(forward);
    // The same cursor gives the same page again.
    const cursor = paginate(sorted, byVersion, { first: 5 }).pageInfo.endCursor;
    expect(paginate(sorted, byVersion, { first: 2, after: cursor }).edges.map((edge) => edge.node.imageId)).toEqual(
      forward.slice(5, 7),
    );
  });

  it('refuses a cursor of another ordering, garbage, and first with last', () => {
    const sorted = sortImages(images, byVersion);
    const cursor = paginate(sorted, byVersion, { first: 1 }).pageInfo.endCursor;
    expect(() => paginate(sorted, [{ field: 'NAME', direction: 'ASC' }], { after: cursor })).toThrow(/another orderBy/);
    expect(() => paginate(sorted, byVersion, { after: 'garbage' })).toThrow(/not a cursor/);
    expect(() => paginate(sorted, byVersion, { first: 1, last: 1 })).toThrow(/first or last/);
    expect(() => paginate(sorted, byVersion, { first: -1 })).toThrow(/between/);
  });
});

describe('facets', () => {
  it('count each value and add up to the total', () => {
    const images = [
      civo('ubuntu-jammy', '22.04'),
      civo('debian-12', '12'),
      gcore('ubuntu-22.04-x64'),
      gcore('ubuntu-24.04-arm64'),
    ];
    const facets = computeFacets(images);
    expect(facets.distributions).toEqual([
      { value: 'ubuntu', count: 3 },
      { value: 'debian', count: 1 },
    ]);
    expect(facets.versions.map((facet) => facet.value)).toEqual(['24.04', '22.04', '12']);
    for (const list of Object.values(facets))
      expect(list.reduce((sum: number, facet: { count: number }) => sum + facet.count, 0)).toBe(images.length);
  });
});

describe('latest', () => {
  it('picks the highest version, breaks ties by creation time, and names the runner-up', () => {
    const old = gcore('ubuntu-24.04-x64', { created_at: '2024-01-01T00:00:00' });
    const fresh = gcore('ubuntu-24.04-x64', { created_at: '2025-01-01T00:00:00' }, 2);
    const lower = civo('ubuntu-jammy', '22.04', 'LON1', { created: '2026-01-01T00:00:00Z' });
    const pick = pickLatest([lower, old, fresh], 'VERSION');
    expect(pick.image).toBe(fresh);
    expect(pick.runnerUp).toBe(old);
    expect(pick.candidates).toBe(3);
    expect(pick.tiedOnKey).toBe(2);
    expect(pickLatest([lower, old, fresh], 'CREATED_AT').image).toBe(lower);
    expect(pickLatest([], 'VERSION').image).toBeNull();
  });
});

describe('families', () => {
  it('groups the same OS across regions with differing ids, preferring the plain build', () => {
    const lon = civo('ubuntu-jammy', '22.04', 'LON1');
    const fra = civo('ubuntu-jammy', '22.04', 'FRA1');
    const plain = gcore('ubuntu-22.04-x64');
    const gpu = gcore('ubuntu-22.04-x64-nvidia', { gpu_driver: 'nvidia' });
    const families = groupFamilies([gpu, lon, plain, fra, civo('debian-12', '12')]);
    expect(families.map((other) => other.key)).toEqual(['debian 12 X86_64', 'ubuntu 22.04 X86_64']);
    const family = families[1];
    expect(family!.locations.map((location) => location.image.imageId)).toEqual([
      fra.imageId,
      lon.imageId,
      plain.imageId,
    ]);
    expect(family!.locations[2]!.alternatives).toEqual([gpu]);
  });
});

describe('filter normalisation', () => {
  it('dedupes values that name the same thing once normalised', () => {
    const filter = toImageFilter({
      regions: ['LON1', 'lon1', ' Lon1', '76', '076'],
      providerRegions: [
        { provider: 'CIVO', code: 'lon1' },
        { provider: 'CIVO', code: 'fra1' },
      ],
      distributions: ['Ubuntu', 'ubuntu '],
      providers: ['CIVO', 'CIVO'],
      gcoreProjectIds: [7, 7],
    });
    expect(filter.regions).toEqual([
      { provider: 'CIVO', code: 'LON1' },
      { provider: 'GCORE', code: '76' },
      { provider: 'CIVO', code: 'FRA1' },
    ]);
    expect(filter.distributions).toEqual(['ubuntu']);
    expect(filter.providers).toEqual(['CIVO']);
    expect(filter.gcoreProjectIds).toEqual([7]);
  });
  it('refuses a typed region its provider would not spell that way', () => {
    expect(() => toImageFilter({ providerRegions: [{ provider: 'GCORE', code: 'LON1' }] })).toThrow(
      /"LON1" is not a Gcore region code \(like 76\)/,
    );
  });
  it('says what the default is when a list is empty', () => {
    expect(() => toImageFilter({ statuses: [] })).toThrow(
      /leave it out for the default \(AVAILABLE only, or AVAILABLE and DEPRECATED with includeDeprecated: true\)/,
    );
    expect(() => toImageFilter({ visibility: [] }, { visibility: ['PUBLIC'] })).toThrow(/default \(PUBLIC only\)/);
  });
});

describe('one image, one row', () => {
  it('counts a public image listed in two projects once, in facets, families and latest', () => {
    const first = gcore('ubuntu-22.04-x64', { id: 'same' }, 1, 76);
    const second = gcore('ubuntu-22.04-x64', { id: 'same' }, 2, 76);
    const mine = gcore('ubuntu-22.04-x64-custom', { visibility: 'private' }, 2, 76);
    expect(distinctImages([first, second, mine])).toEqual([first, mine]);
    const [family] = groupFamilies([first, second, mine]);
    expect(family!.locations).toHaveLength(1);
    expect(family!.locations[0]!.image).toBe(first);
    expect(family!.locations[0]!.alternatives).toEqual([mine]);
    expect(pickLatest([first, second], 'VERSION').candidates).toBe(1);
  });
});

describe('facet ties', () => {
  it('sort in natural order, unknown last', () => {
    const images = [
      gcore('ubuntu-22.04-x64', {}, 1, 196),
      gcore('ubuntu-22.04-x64', {}, 1, 76),
      civo('ubuntu-jammy', '22.04', 'LON10'),
      civo('ubuntu-jammy', '22.04', 'LON1'),
    ];
    expect(computeFacets(images).regions.map((facet) => facet.value)).toEqual(['76', '196', 'LON1', 'LON10']);
    const unknown = [civo('thing', '1', 'LON1', { distribution: '' }), civo('alpha-1', '1')];
    expect(computeFacets(unknown).distributions.map((facet) => facet.value)).toEqual(['alpha', null]);
  });
});

describe('latest: preferred builds', () => {
  it('prefers x86_64 at an equal version, or the first architecture the filter names', () => {
    const x64 = gcore('debian-12-x64', { created_at: '2023-06-15T06:30:00' });
    const arm = gcore('debian-12-arm64', { created_at: '2023-07-01T06:30:00' });
    expect(pickLatest([arm, x64], 'VERSION').image).toBe(x64);
    expect(pickLatest([arm, x64], 'CREATED_AT').image).toBe(x64);
    expect(pickLatest([arm, x64], 'VERSION', { architectures: ['ARM64', 'X86_64'] }).image).toBe(arm);
    expect(pickLatest([arm], 'VERSION').image).toBe(arm);
  });
  it('ranks GPU builds and variants after plain builds in both strategies', () => {
    const plain = gcore('ubuntu-22.04-x64', { created_at: '2023-05-10T08:00:00' });
    const docker = gcore('ubuntu-22.04-x64-docker', { created_at: '2024-02-02T09:00:00' });
    const h100 = gcore('ubuntu-22.04-x64-nvidia-h100-eni', { created_at: '2024-07-18T08:00:00', gpu_driver: 'nvidia' });
    const cuda = civo('ubuntu-cuda12-2', '22.04-cuda12-2', 'LON1', { created: '2024-01-30T14:00:00Z' });
    for (const strategy of ['VERSION', 'CREATED_AT'] as const) {
      const pick = pickLatest([h100, docker, cuda, plain], strategy);
      expect(pick.image, strategy).toBe(plain);
    }
    expect(pickLatest([h100, docker, cuda, plain], 'CREATED_AT').reason).toMatch(
      /the newest, ubuntu-22\.04-x64-nvidia-h100-eni \(created [^)]+\), is a GPU X86_64 build\.$/,
    );
    expect(pickLatest([h100, cuda], 'CREATED_AT').image).toBe(h100);
  });
  it('explains an unknown key without printing "(unknown)"', () => {
    const a = civo('opensuse-leap-15-5', '15.5', 'LON1');
    const b = civo('opensuse-leap-15-5', '15.5', 'FRA1');
    expect(pickLatest([a, b], 'CREATED_AT').reason).toBe(
      'None of the 2 candidates states a creation time; both have version 15.5, so the stable order decided (provider, region, name, id).',
    );
    expect(pickLatest([a], 'CREATED_AT').reason).toBe('The only candidate states no creation time.');
  });
});

describe('latest: the reason, in words', () => {
  const at = (time: string) => ({ created_at: time });
  const x64 = gcore('debian-12-x64', at('2023-06-15T06:30:00'));
  const arm = gcore('debian-12-arm64', at('2023-07-01T06:30:00'));
  const older = gcore('debian-11-x64', at('2022-06-15T06:30:00'));
  const armNext = gcore('debian-13-arm64', at('2025-01-01T00:00:00'));
  const plain = gcore('ubuntu-22.04-x64', at('2023-05-10T08:00:00'));
  const docker = gcore('ubuntu-22.04-x64-docker', at('2024-02-02T09:00:00'));
  const h100 = gcore('ubuntu-22.04-x64-nvidia-h100-eni', { ...at('2024-07-18T08:00:00'), gpu_driver: 'nvidia' });
  const cuda = civo('ubuntu-cuda12-2', '22.04-cuda12-2', 'LON1', { created: '2024-01-30T14:00:00Z' });
  const STABLE = 'so the stable order decided (provider, region, name, id)';

  it('says nothing about ties or preference when there were none', () => {
    expect(pickLatest([older, x64], 'VERSION').reason).toBe('Highest version among 2 candidates: 12.');
    expect(pickLatest([older, x64], 'CREATED_AT').reason).toBe(
      'Newest creation time among 2 candidates: 2023-06-15T06:30:00.000Z.',
    );
    expect(pickLatest([x64], 'VERSION').reason).toBe('The only candidate has version 12.');
    expect(pickLatest([x64], 'CREATED_AT').reason).toBe('The only candidate was created 2023-06-15T06:30:00.000Z.');
    expect(pickLatest([], 'CREATED_AT').reason).toBe('No image matches the filter.');
  });

  it('says how a tie on the key was broken, and only what decided it', () => {
    const later = gcore('ubuntu-22.04-x64', at('2023-05-11T08:00:00'), 1, 80);
    expect(pickLatest([plain, later], 'VERSION').reason).toBe(
      'Highest version among 2 candidates: 22.04. Both candidates share it; the newest creation time decided (2023-05-11T08:00:00.000Z).',
    );
    const same = [
      plain,
      gcore('ubuntu-22.04-x64', at('2023-05-10T08:00:00'), 1, 80),
      gcore('ubuntu-22.04-x64', at('2023-05-10T08:00:00'), 1, 90),
    ];
    expect(pickLatest(same, 'VERSION').reason).toBe(
      `Highest version among 3 candidates: 22.04. All 3 candidates share it; all 3 were created 2023-05-10T08:00:00.000Z, ${STABLE}.`,
    );
    const partly = [...same, gcore('ubuntu-22.04-x64', at('2023-01-01T00:00:00'), 1, 100)];
    expect(pickLatest(partly, 'VERSION').reason).toBe(
      `Highest version among 4 candidates: 22.04. All 4 candidates share it; 3 of them were created 2023-05-10T08:00:00.000Z, ${STABLE}.`,
    );
    const undated = [civo('debian-12', '12', 'LON1'), civo('debian-12', '12', 'FRA1')];
    expect(pickLatest(undated, 'VERSION').reason).toBe(
      `Highest version among 2 candidates: 12. Both candidates share it; none of them states a creation time, ${STABLE}.`,
    );
    const sameTime = [gcore('debian-11-x64', at('2023-06-15T06:30:00')), x64];
    expect(pickLatest(sameTime, 'CREATED_AT').reason).toBe(
      'Newest creation time among 2 candidates: 2023-06-15T06:30:00.000Z. Both candidates share it; the highest version decided (12).',
    );
  });

  it('says that preference ranked a build with the same key after the winner, not a tie-break', () => {
    expect(pickLatest([arm, x64], 'VERSION').reason).toBe(
      'Highest version among 2 candidates: 12. Both candidates share it; the plain X86_64 build among them ranks first.',
    );
    expect(pickLatest([arm, x64], 'VERSION', { architectures: ['ARM64', 'X86_64'] }).reason).toBe(
      'Highest version among 2 candidates: 12. Both candidates share it; the plain ARM64 build among them ranks first.',
    );
    const twoRegions = [arm, x64, gcore('debian-12-x64', at('2023-06-16T06:30:00'), 1, 80)];
    expect(pickLatest(twoRegions, 'VERSION').reason).toBe(
      'Highest version among 3 candidates: 12. All 3 candidates share it; the 2 plain X86_64 builds among them rank first; then the newest creation time decided (2023-06-16T06:30:00.000Z).',
    );
  });

  it('puts the winning key among the preferred builds when a build that ranks after them has a better one', () => {
    expect(pickLatest([armNext, x64, older], 'VERSION').reason).toBe(
      'Highest version among the 2 plain X86_64 builds (of 3 candidates): 12. ' +
        'debian-13-arm64 (version 13) is higher, but as a plain ARM64 build it ranks after a plain X86_64 build unless the filter asks for it.',
    );
    expect(pickLatest([arm, x64], 'CREATED_AT').reason).toBe(
      'The only plain X86_64 build among 2 candidates was created 2023-06-15T06:30:00.000Z. ' +
        'debian-12-arm64 (created 2023-07-01T06:30:00.000Z) is newer, but as a plain ARM64 build it ranks after a plain X86_64 build unless the filter asks for it.',
    );
    expect(pickLatest([h100, docker, cuda, plain], 'VERSION').reason).toBe(
      'The only plain X86_64 build among 4 candidates has version 22.04. 3 candidates share it; the plain X86_64 build among them ranks first. ' +
        'ubuntu-cuda12-2 (version 22.04-cuda12-2) is higher, but as a GPU X86_64 build it ranks after a plain X86_64 build unless the filter asks for it.',
    );
    expect(pickLatest([h100, docker, cuda, plain], 'CREATED_AT').reason).toBe(
      'The only plain X86_64 build among 4 candidates was created 2023-05-10T08:00:00.000Z. ' +
        '3 other candidates are newer but rank after a plain X86_64 build unless the filter asks for them; ' +
        'the newest, ubuntu-22.04-x64-nvidia-h100-eni (created 2024-07-18T08:00:00.000Z), is a GPU X86_64 build.',
    );
    // Nothing preferred matched: the GPU builds compete among themselves.
    expect(pickLatest([h100, cuda], 'CREATED_AT').reason).toBe(
      'Newest creation time among 2 candidates: 2024-07-18T08:00:00.000Z.',
    );
  });

  it('words unknown keys without "(unknown)"', () => {
    const a = civo('opensuse-leap-15-5', '15.5', 'LON1');
    const b = civo('opensuse-leap-15-5', '15.5', 'FRA1');
    const c = civo('opensuse-leap-15-6', '15.6', 'NYC1');
    expect(pickLatest([a, b, c], 'CREATED_AT').reason).toBe(
      'None of the 3 candidates states a creation time; the highest version decided (15.6).',
    );
    const unversioned = [
      civo('thing-x', '', 'LON1', { created: '2024-01-01T00:00:00Z' }),
      civo('thing-y', '', 'FRA1', { created: '2024-02-01T00:00:00Z' }),
    ];
    expect(pickLatest(unversioned, 'VERSION').reason).toBe(
      'None of the 2 candidates states a version; the newest creation time decided (2024-02-01T00:00:00.000Z).',
    );
    const neither = [civo('thing-x', '', 'LON1'), civo('thing-y', '', 'FRA1')];
    expect(pickLatest(neither, 'VERSION').reason).toBe(
      `None of the 2 candidates states a version; none of them states a creation time either, ${STABLE}.`,
    );
    // Only the winner's tier lacks the key; a dated build that ranks after it is named.
    const dated = gcore('opensuse-15.5-arm64', at('2024-01-01T00:00:00'));
    expect(pickLatest([a, b, dated], 'CREATED_AT').reason).toBe(
      `None of the 2 plain X86_64 builds (of 3 candidates) states a creation time; both have version 15.5, ${STABLE}. ` +
        'opensuse-15.5-arm64 (created 2024-01-01T00:00:00.000Z) is newer, but as a plain ARM64 build it ranks after a plain X86_64 build unless the filter asks for it.',
    );
    expect(pickLatest([a, dated], 'CREATED_AT').reason).toBe(
      'The winner is the only plain X86_64 build among 2 candidates and states no creation time. ' +
        'opensuse-15.5-arm64 (created 2024-01-01T00:00:00.000Z) is newer, but as a plain ARM64 build it ranks after a plain X86_64 build unless the filter asks for it.',
    );
  });
});

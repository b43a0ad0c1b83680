import { describe, expect, it } from 'vitest';
import { civoListingAlgebra } from '../../src/providers/civo/listing-algebra.js';
import { gcoreListingAlgebra, matchesGcoreFilters } from '../../src/providers/gcore/listing-algebra.js';
import { createPartitionListings } from '../../src/providers/partition-listings.js';
import { civo, gcore } from '../support/image-fixtures.js';

describe('Gcore listing algebra', () => {
  it('a listing covers another when its filters are a subset of the other one’s', () => {
    expect(gcoreListingAlgebra.covers({}, { os_distro: 'ubuntu' })).toBe(true);
    expect(gcoreListingAlgebra.covers({ os_distro: 'ubuntu' }, { os_distro: 'ubuntu', os_version: '22.04' })).toBe(
      true,
    );
    expect(gcoreListingAlgebra.covers({ os_distro: 'ubuntu' }, {})).toBe(false);
    expect(gcoreListingAlgebra.covers({ os_distro: 'ubuntu' }, { os_distro: 'debian' })).toBe(false);
    expect(gcoreListingAlgebra.covers({ tag_key: ['a', 'b'] }, { tag_key: ['b', 'a'] })).toBe(true);
  });

  it('the common query keeps only the filters every query shares', () => {
    expect(
      gcoreListingAlgebra.common([{ os_distro: 'ubuntu', visibility: 'public' }, { os_distro: 'ubuntu' }]),
    ).toEqual({ os_distro: 'ubuntu' });
    expect(gcoreListingAlgebra.common([{ os_distro: 'ubuntu' }, { os_distro: 'debian' }])).toEqual({});
  });

  it('evaluates the filters as the contract documents them', () => {
    const image = gcore('ubuntu-22.04-x64', { tags_v2: [{ key: 'os', value: 'linux', read_only: true }] });
    expect(
      matchesGcoreFilters(image, {
        name: 'X64',
        os_distro: 'Ubuntu',
        os_version: '22.04',
        architecture: 'x86_64',
        visibility: 'public',
      }),
    ).toBe(true);
    expect(matchesGcoreFilters(image, { tag_key: ['os'], tag_key_value: '{"os":"linux"}' })).toBe(true);
    expect(matchesGcoreFilters(image, { tag_key_value: '{"os":"windows"}' })).toBe(false);
    expect(matchesGcoreFilters(image, { os_version: '22' })).toBe(false);
    expect(matchesGcoreFilters(image, { visibility: 'private' })).toBe(false);
  });

  it('never derives a listing asked with `private`, whose effect the contract leaves open', () => {
    expect(gcoreListingAlgebra.covers({}, { private: '1' })).toBe(false);
  });
});

describe('Civo listing algebra', () => {
  it('the full listing answers a custom-only lookup, not the reverse', () => {
    expect(civoListingAlgebra.covers({ custom: false }, { custom: true })).toBe(true);
    expect(civoListingAlgebra.covers({ custom: true }, { custom: false })).toBe(false);
    expect(civoListingAlgebra.matches(civo('mine', '1', 'LON1', { createdBy: 'user-1' }), { custom: true })).toBe(true);
    expect(civoListingAlgebra.matches(civo('ubuntu-jammy', '22.04'), { custom: true })).toBe(false);
  });
});

describe('createPartitionListings', () => {
  it('merges lookups that arrive together into one call per partition, and derives later ones', async () => {
    const calls: string[] = [];
    const images = [civo('ubuntu-jammy', '22.04'), civo('mine', '1', 'LON1', { createdBy: 'user-1' })];
    const listing = createPartitionListings(async (region: string, query: { custom: boolean }) => {
      calls.push(`${region}:${query.custom}`);
      return query.custom ? images.filter((image) => image.visibility === 'CUSTOM') : images;
    }, civoListingAlgebra);
    const [custom, all, other] = await Promise.all([
      listing('LON1', { custom: true }),
      listing('LON1', { custom: false }),
      listing('FRA1', { custom: true }),
    ]);
    expect(calls.sort()).toEqual(['FRA1:true', 'LON1:false']);
    expect(custom.map((image) => image.name)).toEqual(['mine']);
    expect(all).toHaveLength(2);
    expect(other).toHaveLength(1);
    await listing('LON1', { custom: true });
    expect(calls).toHaveLength(2);
  });

  it('shares a failure among the lookups it would have answered', async () => {
    const listing = createPartitionListings(async () => {
      throw new Error('down');
    }, civoListingAlgebra);
    const results = await Promise.allSettled([listing('LON1', { custom: true }), listing('LON1', { custom: false })]);
    expect(results.map((result) => result.status)).toEqual(['rejected', 'rejected']);
  });
});

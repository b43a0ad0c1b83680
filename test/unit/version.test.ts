import { describe, expect, it } from 'vitest';
import { compareVersions, versionHasPrefix } from '../../src/catalog/version.js';

describe('compareVersions', () => {
  it.each([
    ['9', '10'],
    ['20.04', '22.04'],
    ['24.04', '24.04.1'],
    ['9.1', '9.10'],
    ['22.04', '22.04-cuda12-2'],
    ['22.04-cuda12-2', '22.04-cuda12-10'],
    ['1.27.0', '1.28.0'],
    ['v1.5.0', '1.6.0'],
    ['latest', '1'],
    [null, 'rolling'],
  ])('%s < %s', (lower, higher) => {
    expect(compareVersions(lower, higher)).toBeLessThan(0);
    expect(compareVersions(higher, lower)).toBeGreaterThan(0);
  });

  it('treats equal versions as equal', () => {
    expect(compareVersions('22.04', '22.04')).toBe(0);
    expect(compareVersions(null, null)).toBe(0);
  });

  it('orders a shuffled list the way a person would', () => {
    const sorted = ['22.04-cuda12-2', '10', '24.04.1', '9', '22.04', '24.04', '20.04'].sort(compareVersions);
    expect(sorted).toEqual(['9', '10', '20.04', '22.04', '22.04-cuda12-2', '24.04', '24.04.1']);
  });
});

describe('versionHasPrefix', () => {
  it.each([
    ['22.04', '22', true],
    ['22.04-cuda12-2', '22', true],
    ['22.04-cuda12-2', '22.04', true],
    ['22.04.1', '22.04', true],
    ['220', '22', false],
    ['22.041', '22.04', false],
    ['9.1', '9', true],
    [null, '9', false],
    // A trailing separator is the boundary it marks: what follows is the next segment.
    ['22.04', '22.', true],
    ['22.10', '22.', true],
    ['22.04-cuda12-2', '22.04-', true],
    ['22.04', '22.04-', false],
    ['22', '22.', false],
    ['22-lts', '22.', false],
    ['220.1', '22.', false],
    ['1_2', '1_', true],
    ['V22.04', 'v22.', true],
  ])('%s starts with %s: %s', (version, prefix, expected) => {
    expect(versionHasPrefix(version, prefix)).toBe(expected);
  });
});

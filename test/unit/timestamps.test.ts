import { describe, expect, it } from 'vitest';
import { parseUpstreamTimestamp } from '../../src/upstream/timestamps.js';

describe('parseUpstreamTimestamp', () => {
  it.each([
    ['2024-05-05T14:51:26.570866', '2024-05-05T14:51:26.570Z'], // Gcore naive UTC with microseconds
    ['2026-05-31T10:00:00+00:00', '2026-05-31T10:00:00.000Z'],
    ['2020-03-09T10:16:45+0000', '2020-03-09T10:16:45.000Z'], // compact offset
    ['2023-01-01T10:00:00.5-05:00', '2023-01-01T15:00:00.500Z'],
    ['2023-06-01T08:00:00Z', '2023-06-01T08:00:00.000Z'],
  ])('reads %s as %s', (input, expected) => {
    expect(parseUpstreamTimestamp(input)?.toISOString()).toBe(expected);
  });

  it.each([['0001-01-01T00:00:00Z'], ['not a date'], [''], [null], [undefined]])('treats %s as unknown', (input) => {
    expect(parseUpstreamTimestamp(input)).toBeNull();
  });
});

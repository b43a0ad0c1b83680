import { describe, expect, it } from 'vitest';
import { retryAfterMs } from '../../src/upstream/retry-after.js';

describe('retryAfterMs', () => {
  const now = Date.parse('2026-01-01T00:00:00Z');
  it('reads seconds, fractional seconds and HTTP dates', () => {
    expect(retryAfterMs(new Headers({ 'retry-after': '3' }), now)).toBe(3000);
    expect(retryAfterMs(new Headers({ 'retry-after': '0.25' }), now)).toBe(250);
    expect(retryAfterMs(new Headers({ 'retry-after': 'Thu, 01 Jan 2026 00:00:10 GMT' }), now)).toBe(10_000);
  });
  it('prefers retry-after-ms, and ignores junk', () => {
    expect(retryAfterMs(new Headers({ 'retry-after': '3', 'retry-after-ms': '120' }), now)).toBe(120);
    expect(retryAfterMs(new Headers({ 'retry-after': 'soon' }), now)).toBeUndefined();
    expect(retryAfterMs(new Headers(), now)).toBeUndefined();
  });
});

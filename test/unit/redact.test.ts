import { describe, expect, it } from 'vitest';
import {
  BODY_FRAGMENT_LENGTH,
  bodyRedactor,
  FRAGMENT_LENGTH,
  REDACTED,
  secretRedactor,
} from '../../src/shared/redact.js';

describe('secretRedactor', () => {
  const key = 'c1v0-Secret-Key-7f3a9c1e5b2d4086a1f0c3e8b6d9a2f4a1b2';
  const redact = secretRedactor({ keys: [key], whole: ['redis://:pw@host:6379'] });
  /** Every run of FRAGMENT_LENGTH characters of the key still in `text` (case ignored). */
  const leaked = (text: string) => {
    const runs: string[] = [];
    for (let start = 0; start + FRAGMENT_LENGTH <= key.length; start++) {
      const run = key.slice(start, start + FRAGMENT_LENGTH).toLowerCase();
      if (text.toLowerCase().includes(run)) runs.push(run);
    }
    return runs;
  };

  it.each([
    ['whole', `bad key ${key}`],
    ['upper-cased', `BAD KEY ${key.toUpperCase()}`],
    ['with a few characters changed', `key ${key.slice(0, 10)}X${key.slice(11, 30)}YY${key.slice(32)} refused`],
    ['cut short', `key ${key.slice(4, 50)}`],
    ['split up and interleaved', `${key.slice(0, 8)} ... ${key.slice(20, 27)}-${key.slice(40)}`],
  ])('leaves no fragment of a key echoed %s', (_name, text) => {
    expect(leaked(text).length).toBeGreaterThan(0);
    const result = redact(text);
    expect(result).toContain(REDACTED);
    expect(leaked(result)).toEqual([]);
  });

  it('keeps the words around a key, and text that shares only short runs with it', () => {
    expect(redact(`bearer ${key} refused`)).toBe(`bearer ${REDACTED} refused`);
    expect(redact('Civo failed to answer in region LON1 (HTTP 503).')).toBe(
      'Civo failed to answer in region LON1 (HTTP 503).',
    );
  });

  it('cuts a "whole" secret only where it appears whole', () => {
    expect(redact('redis at redis://:pw@host:6379 is down; redis://other is fine')).toBe(
      `redis at ${REDACTED} is down; redis://other is fine`,
    );
  });

  it('finds a key in the middle of a long text', () => {
    const text = `${'a'.repeat(100_000)}${key}${'b'.repeat(100_000)}`;
    expect(redact(text)).toBe(`${'a'.repeat(100_000)}${REDACTED}${'b'.repeat(100_000)}`);
  });
});

describe('bodyRedactor', () => {
  const key = 'c1v0-Secret-Key-7f3a9c1e5b2d4086a1f0c3e8b6d9a2f4a1b2';
  const redact = bodyRedactor([key]);

  it('cuts the whole key, its tail included, from a JSON body that stays JSON', () => {
    const body = JSON.stringify([{ name: `London ${key}`, id: 'b272d2ab-3841-4682-952a-11f3aab4d8a7' }]);
    const cut = redact(body);
    expect(JSON.parse(cut)).toEqual([{ name: `London ${REDACTED}`, id: 'b272d2ab-3841-4682-952a-11f3aab4d8a7' }]);
  });

  it('cuts each run of BODY_FRAGMENT_LENGTH characters, case ignored, and leaves shorter ones', () => {
    const changed = `${key.slice(0, 20)}X${key.slice(21)}`.toUpperCase();
    expect(redact(`a ${changed} b`)).toBe(`a ${REDACTED}X${REDACTED} b`);
    const short = key.slice(0, BODY_FRAGMENT_LENGTH - 1);
    expect(redact(`a ${short} b`)).toBe(`a ${short} b`);
  });
});

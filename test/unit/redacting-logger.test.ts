import { describe, expect, it, vi } from 'vitest';
import { redactingLogger } from '../../src/server/redacting-logger.js';
import { FRAGMENT_LENGTH, REDACTED, secretRedactor } from '../../src/shared/redact.js';

const keys = (...secrets: (string | undefined)[]) => secretRedactor({ keys: secrets });

function capturing() {
  const lines: { level: string; text: string }[] = [];
  const at =
    (level: string) =>
    (...args: unknown[]) =>
      lines.push({ level, text: args.map(String).join(' ') });
  return { lines, sink: { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') } };
}

describe('redactingLogger', () => {
  it('cuts every key out of strings and nested objects, keeping the rest of the line', () => {
    const { lines, sink } = capturing();
    const logger = redactingLogger(keys('civo-key-123456', 'gcore$token-abcdef', undefined), { level: 'info', sink });
    logger.error(
      'failed with',
      { request: { headers: { authorization: 'APIKey gcore$token-abcdef' } } },
      new Error('bearer civo-key-123456 refused'),
    );
    expect(lines).toHaveLength(1);
    expect(lines[0]!.level).toBe('error');
    expect(lines[0]!.text).toContain("authorization: 'APIKey [redacted]'");
    expect(lines[0]!.text).toContain('bearer [redacted] refused');
    expect(lines[0]!.text).not.toMatch(/civo-key-123456|gcore\$token-abcdef/);
  });

  it('writes nothing below its level', () => {
    const { lines, sink } = capturing();
    const logger = redactingLogger(keys('civo-key-123456'), { level: 'warn', sink });
    logger.debug('d');
    logger.info('i');
    logger.warn('w');
    expect(lines.map((line) => line.level)).toEqual(['warn']);
  });

  it('leaves ordinary words alone when a "key" is too short to be one', () => {
    const { lines, sink } = capturing();
    redactingLogger(keys('on'), { level: 'info', sink }).info('region LON1 is online');
    expect(lines[0]!.text).toBe('region LON1 is online');
  });
});

describe('the default console sink', () => {
  it('writes plain prefixes, no colour codes, when output is not a terminal', () => {
    const ttys = [process.stdout.isTTY, process.stderr.isTTY];
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      process.stdout.isTTY = false;
      process.stderr.isTTY = false;
      redactingLogger(keys('civo-key-123456'), { level: 'info' }).warn('upstream failure with civo-key-123456');
      expect(warn).toHaveBeenCalledWith('WARN', 'upstream failure with [redacted]');
    } finally {
      warn.mockRestore();
      [process.stdout.isTTY, process.stderr.isTTY] = ttys as [boolean, boolean];
    }
  });
});

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

import { describe, expect, it, vi } from 'vitest';
import { redactingLogger } from '../../src/server/redacting-logger.js';

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
    const logger = redactingLogger(['civo-key-123456', 'gcore$token-abcdef', undefined], { level: 'info', sink });
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
    const logger = redactingLogger(['civo-key-123456'], { level: 'warn', sink });
    logger.debug('d');
    logger.info('i');
    logger.warn('w');
    expect(lines.map((line) => line.level)).toEqual(['warn']);
  });

  it('leaves ordinary words alone when a "key" is too short to be one', () => {
    const { lines, sink } = capturing();
    redactingLogger(['on'], { level: 'info', sink }).info('region LON1 is online');
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
      redactingLogger(['civo-key-123456'], { level: 'info' }).warn('upstream failure with civo-key-123456');
      expect(warn).toHaveBeenCalledWith('WARN', 'upstream failure with [redacted]');
    } finally {
      warn.mockRestore();
      [process.stdout.isTTY, process.stderr.isTTY] = ttys as [boolean, boolean];
    }
  });
});

import { describe, expect, it } from 'vitest';
import { createLogger, yogaLogger } from '../../src/observability/log.js';
import { newRequestScope, runInRequest } from '../../src/observability/request-scope.js';

function capturing() {
  const lines: string[] = [];
  const records = () => lines.map((line) => JSON.parse(line) as Record<string, unknown>);
  return { lines, records, sink: (line: string) => lines.push(line) };
}

describe('the logger', () => {
  it('writes one JSON line per event with an ISO time, the level by name and the message', () => {
    const { records, sink } = capturing();
    createLogger({ level: 'info', secrets: {}, sink }).warn('upstream drift');
    const [record] = records();
    expect(record).toEqual({ time: expect.any(String), level: 'warn', msg: 'upstream drift' });
    expect(new Date(record!.time as string).toISOString()).toBe(record!.time);
  });

  it('cuts every key out of strings and nested objects, keeping the rest of the line', () => {
    const { lines, records, sink } = capturing();
    const logger = createLogger({
      level: 'info',
      secrets: { keys: ['civo-key-123456', 'gcore"token\\abcdef', undefined] },
      sink,
    });
    yogaLogger(logger).error(
      'failed with',
      { request: { headers: { authorization: 'APIKey gcore"token\\abcdef' } } },
      new Error('bearer civo-key-123456 refused'),
    );
    logger.info({ authorization: 'bearer civo-key-123456' }, 'fields too');
    expect(lines).toHaveLength(2);
    const [yoga, own] = records();
    expect(yoga!.level).toBe('error');
    expect(yoga!.msg).toContain("authorization: 'APIKey [redacted]'");
    expect(yoga!.msg).toContain('bearer [redacted] refused');
    expect(own!.authorization).toBe('bearer [redacted]');
    // Quotes and backslashes are escaped in JSON: that spelling is cut out as well.
    expect(lines.join('\n')).not.toMatch(/civo-key-123456|token\\\\abcdef|abcdef/);
  });

  it('writes nothing below its level', () => {
    const { records, sink } = capturing();
    const logger = yogaLogger(createLogger({ level: 'warn', secrets: {}, sink }));
    logger.debug('d');
    logger.info('i');
    logger.warn('w');
    expect(records().map((record) => record.level)).toEqual(['warn']);
  });

  it('leaves ordinary words alone when a "key" is too short to be one', () => {
    const { records, sink } = capturing();
    createLogger({ level: 'info', secrets: { keys: ['on'] }, sink }).info('region LON1 is online');
    expect(records()[0]!.msg).toBe('region LON1 is online');
  });

  it('puts the request id on every line written while that request is served, and only then', async () => {
    const { records, sink } = capturing();
    const logger = createLogger({ level: 'info', secrets: {}, sink });
    const scope = newRequestScope('abc-123');
    await runInRequest(scope, async () => {
      logger.info('before');
      await new Promise((resolve) => setImmediate(resolve));
      logger.info('after a turn of the event loop');
    });
    logger.info('outside');
    expect(records().map((record) => record.requestId)).toEqual(['abc-123', 'abc-123', undefined]);
  });
});

describe('request ids', () => {
  it('keeps a plain token the client sent, and replaces anything else with a fresh UUID', () => {
    expect(newRequestScope('req_42.a:b-C').id).toBe('req_42.a:b-C');
    for (const junk of [null, '', 'two words', 'x'.repeat(129), 'line\nbreak', '{"json":1}', 'ünïcode'])
      expect(newRequestScope(junk).id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  });
});

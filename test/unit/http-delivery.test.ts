import { describe, expect, it } from 'vitest';
import { negotiateEncoding, isCompressible } from '../../src/server/compression.js';
import { clientHas, entityTag } from '../../src/server/entity-tag.js';

describe('Accept-Encoding negotiation', () => {
  it.each([
    [null, null],
    ['', null],
    ['identity', null],
    ['deflate', null],
    ['gzip', 'gzip'],
    ['gzip, deflate, br', 'br'],
    ['br;q=0.2, gzip;q=0.8', 'gzip'],
    ['BR', 'br'],
    ['*', 'br'],
    ['*;q=0.5, br;q=0', 'gzip'],
    ['gzip;q=0, br;q=0', null],
    ['gzip;q=bad', null],
  ])('%j → %j', (header, expected) => {
    expect(negotiateEncoding(header)).toBe(expected);
  });
});

describe('what gets compressed', () => {
  it.each([
    ['application/graphql-response+json; charset=utf-8', true],
    ['application/json', true],
    ['text/html', true],
    ['text/css; charset=utf-8', true],
    ['application/javascript', true],
    ['text/event-stream', false],
    ['multipart/mixed; boundary="-"', false],
    ['image/x-icon', false],
    [null, false],
  ])('%j → %j', (type, expected) => {
    expect(isCompressible(type)).toBe(expected);
  });
});

describe('If-None-Match', () => {
  const tag = entityTag('{"data":{}}');
  const asking = (header: string) => new Request('http://localhost/graphql', { headers: { 'if-none-match': header } });

  it('matches the tag, a list holding it, its weak form and *', () => {
    expect(clientHas(asking(tag), tag)).toBe(true);
    expect(clientHas(asking(`"other", ${tag}`), tag)).toBe(true);
    expect(clientHas(asking(`W/${tag}`), tag)).toBe(true);
    expect(clientHas(asking('*'), tag)).toBe(true);
  });

  it('does not match another tag, or no header', () => {
    expect(clientHas(asking(entityTag('{"data":null}')), tag)).toBe(false);
    expect(clientHas(new Request('http://localhost/graphql'), tag)).toBe(false);
  });
});

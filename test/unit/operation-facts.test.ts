import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from '../../src/schema/index.js';
import { selectsField } from '../../src/server/operation-facts.js';

const selectsPrice = (source: string, operationName?: string) => selectsField(schema, parse(source), operationName, 'GcoreImage', 'price');

describe('selectsField (does the operation ask for Gcore prices?)', () => {
  it('sees a direct selection', () => {
    expect(selectsPrice('{ gcoreImages(regionId: 76) { name price { pricePerHour } } }')).toBe(true);
  });
  it('sees a selection inside a fragment and through the DiskImage interface', () => {
    expect(selectsPrice('{ node(id: "x") { ...P } } fragment P on DiskImage { ... on GcoreImage { price { status } } }')).toBe(true);
  });
  it('is false without a price field, even with a field named price elsewhere in another operation', () => {
    const document = 'query A { gcoreImages(regionId: 76) { name } } query B { gcoreImages(regionId: 76) { price { status } } }';
    expect(selectsPrice(document, 'A')).toBe(false);
    expect(selectsPrice(document, 'B')).toBe(true);
  });
  it('ignores a fragment that only another operation spreads', () => {
    const document = 'query A { gcoreImages(regionId: 76) { name } } query B { gcoreImages(regionId: 76) { ...Priced } } fragment Priced on GcoreImage { price { status } }';
    expect(selectsPrice(document, 'A')).toBe(false);
    expect(selectsPrice(document, 'B')).toBe(true);
  });
});

import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from '../../src/schema/index.js';
import { selectsField } from '../../src/server/operation-facts.js';

const selectsPrice = (source: string, operationName?: string, variables: Record<string, unknown> = {}) =>
  selectsField(schema, parse(source), operationName, 'GcoreImage', 'price', variables);

describe('selectsField (does the operation ask for Gcore prices?)', () => {
  it('sees a direct selection', () => {
    expect(selectsPrice('{ gcoreImages(regionId: 76) { name price { pricePerHour } } }')).toBe(true);
  });
  it('sees a selection inside a fragment and through the DiskImage interface', () => {
    expect(
      selectsPrice('{ node(id: "x") { ...P } } fragment P on DiskImage { ... on GcoreImage { price { status } } }'),
    ).toBe(true);
  });
  it('is false without a price field, even with a field named price elsewhere in another operation', () => {
    const document =
      'query A { gcoreImages(regionId: 76) { name } } query B { gcoreImages(regionId: 76) { price { status } } }';
    expect(selectsPrice(document, 'A')).toBe(false);
    expect(selectsPrice(document, 'B')).toBe(true);
  });
  it('ignores a fragment that only another operation spreads', () => {
    const document =
      'query A { gcoreImages(regionId: 76) { name } } query B { gcoreImages(regionId: 76) { ...Priced } } fragment Priced on GcoreImage { price { status } }';
    expect(selectsPrice(document, 'A')).toBe(false);
    expect(selectsPrice(document, 'B')).toBe(true);
  });
  it("does not count a selection that @skip or @include leaves out, with the request's variables", () => {
    expect(selectsPrice('{ gcoreImages(regionId: 76) { name price @include(if: false) { status } } }')).toBe(false);
    expect(selectsPrice('{ gcoreImages(regionId: 76) { name price @skip(if: true) { status } } }')).toBe(false);
    const byVariable =
      'query Q($p: Boolean!) { gcoreImages(regionId: 76) { name ... on GcoreImage @include(if: $p) { price { status } } } }';
    expect(selectsPrice(byVariable, undefined, { p: false })).toBe(false);
    expect(selectsPrice(byVariable, undefined, { p: true })).toBe(true);
    const spread =
      'query Q($s: Boolean!) { gcoreImages(regionId: 76) { ...Priced @skip(if: $s) } } fragment Priced on GcoreImage { price { status } }';
    expect(selectsPrice(spread, undefined, { s: true })).toBe(false);
    expect(selectsPrice(spread, undefined, { s: false })).toBe(true);
  });
});

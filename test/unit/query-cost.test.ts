import { Kind, parse, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from '../../src/schema/index.js';
import { estimateCost } from '../../src/server/query-cost.js';

const cost = (query: string, variables: Record<string, unknown> = {}) => {
  const document = parse(query);
  const operation = document.definitions.find(
    (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
  )!;
  return estimateCost(schema, document, operation, variables);
};

describe('estimateCost', () => {
  it('costs 1 per field, and a page multiplies its edges by first or last', () => {
    // images 1 + totalCount 1 + edges (1 + 3 × (node 1 + name 1))
    expect(cost('{ images(first: 3) { totalCount edges { node { name } } } }')).toBe(1 + 1 + 1 + 3 * 2);
    expect(cost('{ images(last: 7) { edges { node { name } } } }')).toBe(1 + 1 + 7 * 2);
    // Neither: the largest page, 1000.
    expect(cost('{ images { edges { node { name } } } }')).toBe(1 + 1 + 1000 * 2);
    expect(cost('query($n: Int) { images(first: $n) { edges { node { name } } } }', { n: 4 })).toBe(1 + 1 + 4 * 2);
  });

  it('multiplies equivalents by 20, nodes by its ids, other lists by 10; __typename is free', () => {
    expect(cost('{ images(first: 2) { edges { node { equivalents { name } } } } }')).toBe(
      1 + 1 + 2 * (1 + (1 + 20 * 1)),
    );
    expect(cost('query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: ['a', 'b', 'c'] })).toBe(1 + 3 * 1);
    expect(cost('{ civoRegions { code name } }')).toBe(1 + 10 * 2);
    expect(cost('{ __typename images(first: 1) { __typename } }')).toBe(1);
  });

  it('adds a fragment at each spread, costing it once per page size it appears under', () => {
    const viaFragment = cost(
      '{ a: images(first: 2) { ...Page } b: images(first: 5) { ...Page } } fragment Page on ImageConnection { edges { node { name } } }',
    );
    expect(viaFragment).toBe(1 + (1 + 2 * 2) + 1 + (1 + 5 * 2));
    const levels = 40;
    const fragments = Array.from({ length: levels }, (_, level) =>
      level === levels - 1
        ? `fragment F${level} on DiskImage { name }`
        : `fragment F${level} on DiskImage { name ...F${level + 1} ...F${level + 1} }`,
    );
    // Level k is 1 + 2 × level k+1: 2^40 - 1 names under one node, found without expanding them.
    expect(cost(`{ images(first: 1) { edges { node { ...F0 } } } } ${fragments.join(' ')}`)).toBe(
      1 + 1 + 1 * (1 + (2 ** levels - 1)),
    );
  });
});

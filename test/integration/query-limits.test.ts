import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type Stack } from '../support/stack.js';

type Answer = { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] };

let stack: Stack;
beforeAll(async () => {
  stack = await startStack({ env: { MAX_QUERY_ALIASES: '3' } });
});
afterAll(() => stack.close());

async function run(query: string): Promise<Answer> {
  stack.emulator.resetRequests();
  return (await (await stack.post({ query })).json()) as Answer;
}

/** Refused before anything runs: one coded error, no data, no upstream call. */
function expectRefused(answer: Answer, message: RegExp): void {
  expect(answer.data).toBeUndefined();
  expect(answer.errors).toHaveLength(1);
  expect(answer.errors![0]!.extensions?.code).toBe('QUERY_TOO_COMPLEX');
  expect(answer.errors![0]!.message).toMatch(message);
  expect(stack.emulator.requests).toHaveLength(0);
}

describe('operations whose answer would grow out of proportion are refused before they run', () => {
  it('equivalents inside equivalents, directly', async () => {
    expectRefused(
      await run('{ images(first: 2) { edges { node { equivalents { equivalents { name } } } } } }'),
      /`equivalents` cannot be selected inside `equivalents`/,
    );
  });

  it('equivalents inside equivalents, through fragments', async () => {
    const query =
      '{ images(first: 2) { edges { node { ...Outer } } } } ' +
      'fragment Outer on DiskImage { equivalents { ... on GcoreImage { ...Inner } } } ' +
      'fragment Inner on GcoreImage { equivalents { name } }';
    expectRefused(await run(query), /inside `equivalents`/);
  });

  it('a fragment spread twice at each of 40 levels is checked once, not 2^40 times', async () => {
    // Each fragment spreads the next one twice: walked at every spread, the check would double
    // its work per level and never finish. The answer is the document's, at once.
    const levels = 40;
    const fragments = Array.from({ length: levels }, (_, level) =>
      level === levels - 1
        ? `fragment F${level} on Query { __typename }`
        : `fragment F${level} on Query { ...F${level + 1} ...F${level + 1} }`,
    );
    const answer = await run(`{ ...F0 } ${fragments.join(' ')}`);
    expect(answer).toEqual({ data: { __typename: 'Query' } });
    // The same fan-out with nested equivalents at the bottom is refused, once.
    const nested = fragments.slice(0, -1).concat(`fragment F${levels - 1} on Query { __typename }`);
    const refused = await run(
      `{ images(first: 1) { edges { node { equivalents { ...G0 } } } } } ` +
        nested
          .map((fragment) => fragment.replaceAll('F', 'G').replaceAll('on Query', 'on DiskImage'))
          .join(' ')
          .replace('{ __typename }', '{ equivalents { name } }'),
    );
    expectRefused(refused, /inside `equivalents`/);
  });

  it('thousands of levels of nesting: refused by MAX_QUERY_TOKENS, coded, at once, never a crash', async () => {
    const deep = `{ ${'images { '.repeat(5_000)}name${' }'.repeat(5_000)} }`;
    const response = await stack.post({ query: deep });
    const answer = (await response.json()) as Answer;
    expectRefused(answer, /more than 2000 tokens \(MAX_QUERY_TOKENS\)/);
    expect(response.status).toBeLessThan(500);
    // An ordinary query is far below the limit.
    expect((await run('{ images(first: 1) { totalCount } }')).errors).toBeUndefined();

    // A limit set high enough to let the nesting overflow the parser: still coded, never a 500.
    const lax = await startStack({ env: { MAX_QUERY_TOKENS: '100000' } });
    try {
      const overflowing = await lax.post({ query: deep });
      expect(overflowing.status).toBeLessThan(500);
      const body = (await overflowing.json()) as Answer;
      expect(body.errors![0]!.extensions?.code).toBe('QUERY_TOO_COMPLEX');
      expect(body.errors![0]!.message).toMatch(/nested too deeply/);
    } finally {
      await lax.close();
    }
  });

  it('one level of equivalents, however often, still runs', async () => {
    const answer = await run(
      '{ images(first: 1, filter: { distributions: ["ubuntu"] }) { edges { node { name equivalents { name } } } } latestImage { image { equivalents { imageId } } } }',
    );
    expect(answer.errors).toBeUndefined();
    expect(stack.emulator.requests.length).toBeGreaterThan(0);
  });

  it('more aliases than MAX_QUERY_ALIASES', async () => {
    expect(
      (await run('{ a: civoRegions { code } b: gcoreRegions { code } c: images(first: 1) { totalCount } }')).errors,
    ).toBeUndefined();
    expectRefused(
      await run(
        '{ a: civoRegions { code } b: gcoreRegions { code } c: images(first: 1) { totalCount } d: images(first: 2) { totalCount } }',
      ),
      /Aliases limit of 3 exceeded, found 4/,
    );
  });
});

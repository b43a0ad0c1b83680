import { getIntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type Stack } from '../support/stack.js';

type Answer = {
  data?: unknown;
  errors?: { message: string; extensions?: { code?: string; reason?: string; maximum?: number; actual?: number } }[];
};

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
    expect(answer.errors![0]!.extensions).toMatchObject({ reason: 'MAX_QUERY_TOKENS', maximum: 2000 });
    expect(response.status).toBe(400);
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

/** Refused before anything runs, over HTTP: 400 and one QUERY_TOO_COMPLEX error naming its reason. */
async function refusedFor(body: unknown, reason: string, message: RegExp): Promise<NonNullable<Answer['errors']>[0]> {
  stack.emulator.resetRequests();
  const response = await stack.post(body);
  expect(response.status).toBe(400);
  const answer = (await response.json()) as Answer;
  expectRefused(answer, message);
  expect(answer.errors![0]!.extensions?.reason).toBe(reason);
  return answer.errors![0]!;
}

/** `{ __schema { types { fields { type { ofType { ofType … } } } } } }`: `levels` levels of fields in all. */
const nestedIntrospection = (levels: number) =>
  `{ __schema { types { fields { type { ${'ofType { '.repeat(levels - 5)}name${' }'.repeat(levels - 5)} } } } } }`;

describe('depth, directives and cost are bounded before anything runs', () => {
  it("GraphiQL's introspection query and every default-limit shape a client needs run", async () => {
    const introspection = getIntrospectionQuery({
      descriptions: true,
      specifiedByUrl: true,
      directiveIsRepeatable: true,
      schemaDescription: true,
      inputValueDeprecation: true,
      oneOf: true,
    });
    const answer = (await (await stack.post({ query: introspection })).json()) as Answer;
    expect(answer.errors).toBeUndefined();
    expect(JSON.stringify(answer.data)).toContain('"name":"DiskImage"');
    expect((await run(nestedIntrospection(20))).errors).toBeUndefined();
  });

  it('fields nested past MAX_QUERY_DEPTH (20), directly or through fragments', async () => {
    const error = await refusedFor(
      { query: nestedIntrospection(23) },
      'MAX_QUERY_DEPTH',
      /nests fields 23 levels deep, 3 more than the 20 allowed \(MAX_QUERY_DEPTH\)/,
    );
    expect(error.extensions).toMatchObject({ maximum: 20, actual: 23 });
    // The same depth split across fragments, each spread twice: measured once each, still 23.
    const split =
      '{ __schema { types { fields { ...T0 ...T0 } } } } fragment T0 on __Field { type { ...T1 ...T1 } } ' +
      `fragment T1 on __Type { ${'ofType { '.repeat(18)}name${' }'.repeat(18)} }`;
    await refusedFor({ query: split }, 'MAX_QUERY_DEPTH', /23 levels deep/);
  });

  it('more directives than MAX_QUERY_DIRECTIVES (50)', async () => {
    const fields = (count: number) => Array.from({ length: count }, () => 'totalCount @include(if: true)').join(' ');
    expect((await run(`{ images(first: 1) { ${fields(50)} } }`)).errors).toBeUndefined();
    const error = await refusedFor(
      { query: `{ images(first: 1) { ${fields(51)} } }` },
      'MAX_QUERY_DIRECTIVES',
      /51 directives, 1 more than the 50 allowed \(MAX_QUERY_DIRECTIVES\)/,
    );
    expect(error.extensions).toMatchObject({ maximum: 50, actual: 51 });
  });

  it('an estimated cost past MAX_QUERY_COST, where page sizes and equivalents multiply, says by how much', async () => {
    const query =
      'query Page($n: Int) { images(first: $n) { edges { node { name equivalents { name imageId region { code name } } } } } }';
    const small = (await (await stack.post({ query, variables: { n: 5 } })).json()) as Answer;
    expect(small.errors).toBeUndefined();
    const error = await refusedFor({ query, variables: { n: 1000 } }, 'MAX_QUERY_COST', /MAX_QUERY_COST/);
    const { maximum, actual } = error.extensions as { maximum: number; actual: number };
    expect(maximum).toBe(100_000);
    expect(actual).toBeGreaterThan(maximum);
    expect(error.message).toContain(
      `estimated cost is ${actual.toLocaleString('en-US')}, ${(actual - maximum).toLocaleString('en-US')} over the limit of 100,000`,
    );
    // The same document with a small page again: the cost is per request, not cached with the document.
    expect(((await (await stack.post({ query, variables: { n: 5 } })).json()) as Answer).errors).toBeUndefined();
    // Without equivalents the big page is affordable: they are what multiplied it.
    expect(
      (await run('{ images(first: 1000) { edges { node { name imageId region { code name } } } } }')).errors,
    ).toBeUndefined();
  });

  it('nodes(ids:) costs per id', async () => {
    const ids = (count: number) => JSON.stringify(Array.from({ length: count }, (_, index) => `id${index}`));
    const heavy = '... on DiskImage { equivalents { name imageId region { code name } } }';
    await refusedFor({ query: `{ nodes(ids: ${ids(1001)}) { id ${heavy} } }` }, 'MAX_QUERY_COST', /MAX_QUERY_COST/);
    // With a few ids the same selection is affordable (those made-up ids then fail as input).
    const answer = await run(`{ nodes(ids: ${ids(3)}) { id ${heavy} } }`);
    expect(answer.errors![0]!.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('a ~1 KB document of fragments that each spread the next one twice (30 levels): a coded 400 at once', async () => {
    // Counted per spread the selection is 2^30 fields; each fragment is still looked at once,
    // so this answers (an exponential walk would not finish within the test's timeout).
    const levels = 30;
    const fragments = Array.from({ length: levels }, (_, level) =>
      level === levels - 1
        ? `fragment F${level} on DiskImage { name }`
        : `fragment F${level} on DiskImage { name ...F${level + 1} ...F${level + 1} }`,
    );
    const query = `{ images(first: 1) { edges { node { ...F0 } } } } ${fragments.join(' ')}`;
    expect(query.length).toBeLessThan(1_500);
    const error = await refusedFor({ query }, 'MAX_QUERY_COST', /over the limit of 100,000 \(MAX_QUERY_COST\)/);
    expect(error.extensions!.actual).toBeGreaterThan(2 ** 29);
  });
});

describe('a document with more validation errors than graphql-js reports', () => {
  it('ends its list with a coded error that says why validation stopped', async () => {
    const query = `{ ${Array.from({ length: 120 }, (_, index) => `unknown${index}`).join(' ')} }`;
    const answer = await run(query);
    expect(answer.data).toBeUndefined();
    expect(answer.errors).toHaveLength(101);
    expect(answer.errors!.every((error) => error.extensions?.code === 'GRAPHQL_VALIDATION_FAILED')).toBe(true);
    const last = answer.errors!.at(-1)!;
    expect(last.message).toBe(
      'The document has more than 100 validation errors; validation stopped after the first 100 above. Fix them and send it again.',
    );
    expect(last.extensions).toMatchObject({ reason: 'TOO_MANY_VALIDATION_ERRORS', maximum: 100 });
    expect(JSON.stringify(answer)).not.toContain('Validation aborted');
  });
});

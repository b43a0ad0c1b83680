import { readFileSync } from 'node:fs';
import { buildHTTPExecutor } from '@graphql-tools/executor-http';
import { buildSchema, parse, type ExecutionResult } from 'graphql';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type Stack } from '../support/stack.js';

/**
 * @defer and @stream over HTTP, read by a real incremental client (@graphql-tools/executor-http
 * reads multipart/mixed and text/event-stream answers and merges each payload into the result,
 * as Apollo's and urql's do). Deferred parts report their own partial failures, in their own payload.
 */
const DEFERRED = `
  query Deferred {
    images(first: 3, filter: { regions: ["LON1"], distributions: ["ubuntu"] }) {
      totalCount
      coverage { complete failed { region code } }
      edges @stream(initialCount: 1) {
        node {
          imageId
          ... @defer(label: "equivalents") {
            equivalents(providers: [CIVO]) { imageId region { code } }
          }
        }
      }
    }
  }
`;
/** The same selection, all at once. */
const WHOLE = DEFERRED.replace(' @stream(initialCount: 1)', '').replace(
  /\.\.\. @defer\(label: "equivalents"\) \{([^}]*\}[^}]*\}[^}]*\})\s*\}/,
  '$1',
);

interface Images {
  images: {
    totalCount: number;
    coverage: { complete: boolean; failed: { region: string; code: string }[] };
    edges: { node: { imageId: string; equivalents?: { imageId: string; region: { code: string } }[] } }[];
  };
}

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack.close());
afterEach(() => stack.emulator.clearFaults());

/** Every result the client saw, payload by payload (each a snapshot of the merged result so far). */
async function incremental(document: string, accept?: string): Promise<ExecutionResult<Images>[]> {
  const executor = buildHTTPExecutor({ endpoint: stack.url, ...(accept ? { headers: { accept } } : {}) });
  const result = await executor({ document: parse(document) });
  if (!(Symbol.asyncIterator in Object(result))) return [result as ExecutionResult<Images>];
  const seen: ExecutionResult<Images>[] = [];
  for await (const payload of result as AsyncIterable<ExecutionResult<Images>>) seen.push(structuredClone(payload));
  return seen;
}

interface Payload {
  data?: Images;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
  hasNext?: boolean;
  incremental?: {
    path: (string | number)[];
    data?: Record<string, unknown>;
    items?: unknown[];
    label?: string;
    errors?: Payload['errors'];
  }[];
}

/** Over SSE this client hands over each payload as sent, unmerged: what the server put where. */
const payloads = (document: string) => incremental(document, 'text/event-stream') as unknown as Promise<Payload[]>;

describe('@defer and @stream', () => {
  it('deliver the page first and equivalents later (multipart); the merged answer equals the whole one', async () => {
    const seen = await incremental(DEFERRED);
    const whole = (await (await stack.post({ query: WHOLE })).json()) as ExecutionResult<Images>;
    expect(whole.errors).toBeUndefined();
    expect(whole.data!.images.edges).toHaveLength(3);
    expect(whole.data!.images.edges.some((edge) => edge.node.equivalents!.length > 0)).toBe(true);
    expect(seen.length).toBeGreaterThan(1);
    const [first] = seen;
    expect(first!.data!.images.edges).toHaveLength(1);
    expect(first!.data!.images.edges[0]!.node.equivalents).toBeUndefined();
    expect(seen.at(-1)).toEqual(whole);
  });

  it('over SSE: a first payload with one edge, then streamed edges and labelled deferred equivalents', async () => {
    const seen = await payloads(DEFERRED);
    const [first, ...rest] = seen;
    expect(first!.hasNext).toBe(true);
    expect(first!.data!.images.edges).toHaveLength(1);
    expect(rest.at(-1)!.hasNext).toBe(false);
    const entries = rest.flatMap((payload) => payload.incremental ?? []);
    expect(entries.filter((entry) => entry.items).flatMap((entry) => entry.items)).toHaveLength(2);
    const deferred = entries.filter((entry) => entry.label === 'equivalents');
    expect(deferred.map((entry) => entry.path)).toEqual(
      expect.arrayContaining([0, 1, 2].map((index) => ['images', 'edges', index, 'node'])),
    );
    expect(seen.every((payload) => payload.errors === undefined)).toBe(true);
  });
});

describe('query limits with @defer and @stream', () => {
  it('still refuse nested equivalents hidden in a deferred fragment, before anything runs or streams', async () => {
    stack.emulator.resetRequests();
    const response = await stack.post(
      {
        query:
          '{ images(first: 1) { edges @stream { node { ... @defer { equivalents { equivalents { imageId } } } } } } }',
      },
      { headers: { 'content-type': 'application/json', accept: 'multipart/mixed, application/json' } },
    );
    expect(response.headers.get('content-type')).not.toContain('multipart');
    const body = (await response.json()) as Payload;
    expect(body.errors![0]!.extensions!.code).toBe('QUERY_TOO_COMPLEX');
    expect(stack.emulator.count()).toBe(0);
  });
});

describe('partial failures when delivered incrementally', () => {
  it('a failure of a deferred equivalents search comes with the payload that delivers it, not before, and is logged', async () => {
    stack.emulator.addFault({ target: { provider: 'civo', region: 'PHX1' }, fault: { kind: 'status', status: 500 } });
    const seen = await payloads(DEFERRED);
    const [first, ...rest] = seen;
    // The page's own search (LON1) is whole: no error, complete coverage.
    expect(first!.errors).toBeUndefined();
    expect(first!.data!.images.coverage).toEqual({ complete: true, failed: [] });
    const placed = rest.flatMap((payload) =>
      (payload.incremental ?? []).flatMap((entry) => (entry.errors ?? []).map((error) => ({ entry, error }))),
    );
    expect(rest.every((payload) => payload.errors === undefined)).toBe(true);
    // Once per root field and partition, as in a whole answer, under an equivalents field of this payload.
    expect(placed).toHaveLength(1);
    const { entry, error } = placed[0]!;
    expect(entry.label).toBe('equivalents');
    expect(error.path).toEqual([...entry.path, 'equivalents']);
    expect(error.extensions).toMatchObject({
      code: 'UPSTREAM_UNAVAILABLE',
      provider: 'CIVO',
      region: 'PHX1',
      partial: true,
    });
    expect(
      stack
        .logRecords()
        .some(
          (record) =>
            record.level === 'warn' &&
            /^upstream failure \(CIVO region PHX1\).*\[at images\.edges\.\d\.node\.equivalents\]/.test(record.msg),
        ),
    ).toBe(true);
  });

  it('a failure of the root search is in the first payload, and a deferred coverage still lists it', async () => {
    stack.emulator.addFault({ target: { provider: 'civo', region: 'PHX1' }, fault: { kind: 'status', status: 500 } });
    const seen = await incremental(`
      query DeferredCoverage {
        images(filter: { regions: ["LON1", "PHX1"] }) {
          totalCount
          ... @defer { coverage { complete failed { region code } } }
        }
      }
    `);
    const [first] = seen;
    expect(first!.errors).toEqual([
      expect.objectContaining({
        path: ['images'],
        extensions: expect.objectContaining({ code: 'UPSTREAM_UNAVAILABLE', region: 'PHX1' }),
      }),
    ]);
    expect(first!.data!.images.coverage).toBeUndefined();
    expect(seen.at(-1)!.data!.images.coverage).toEqual({
      complete: false,
      failed: [{ region: 'PHX1', code: 'UPSTREAM_UNAVAILABLE' }],
    });
    expect(seen.at(-1)!.errors).toHaveLength(1);
  });
});

describe('load shedding with incremental answers', () => {
  it('an answer still sending deferred parts holds its MAX_CONCURRENT_REQUESTS slot until its last payload', async () => {
    const one = await startStack({ env: { MAX_CONCURRENT_REQUESTS: '1' } });
    try {
      // The deferred equivalents wait on a hanging region (until UPSTREAM_TIMEOUT_MS) after the first payload is out.
      one.emulator.addFault({ target: { provider: 'civo', region: 'PHX1' }, fault: { kind: 'hang' } });
      const executor = buildHTTPExecutor({ endpoint: one.url });
      const result = (await executor({ document: parse(DEFERRED) })) as AsyncIterable<ExecutionResult<Images>>;
      const iterator = result[Symbol.asyncIterator]();
      const first = await iterator.next();
      expect(first.value.data.images.edges).toHaveLength(1);

      const during = await one.post({ query: '{ __typename }' });
      expect(during.status).toBe(503);
      expect(((await during.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe(
        'OVERLOADED',
      );

      while (!(await iterator.next()).done);
      const after = await one.post({ query: '{ __typename }' });
      expect(after.status).toBe(200);
      expect(one.server.shedRequests()).toBe(1);
    } finally {
      await one.close();
    }
  });
});

describe('the directives in the schema', () => {
  it('@defer and @stream are in the served schema and in schema/schema.graphql, which frontend tools validate against', async () => {
    const answer = (await (await stack.post({ query: '{ __schema { directives { name locations } } }' })).json()) as {
      data: { __schema: { directives: { name: string; locations: string[] }[] } };
    };
    const served = Object.fromEntries(answer.data.__schema.directives.map(({ name, locations }) => [name, locations]));
    expect(served).toMatchObject({ defer: ['FRAGMENT_SPREAD', 'INLINE_FRAGMENT'], stream: ['FIELD'] });
    const printed = buildSchema(readFileSync('schema/schema.graphql', 'utf8'));
    expect(printed.getDirective('defer')?.locations).toEqual(served.defer);
    expect(printed.getDirective('stream')?.locations).toEqual(served.stream);
  });
});

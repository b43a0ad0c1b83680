import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CivoServices } from '../../src/providers/civo/scope.js';
import { loadConfig } from '../../src/config.js';
import { DEMO_CIVO_API_KEY, DEMO_GCORE_API_KEY } from '../../src/emulator/server.js';
import { createServer } from '../../src/server/create-server.js';
import { startStack, type Stack } from '../support/stack.js';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack.close());

describe('the HTTP surface', () => {
  it('serves GraphiQL with a default query that shows the interface and both implementations', async () => {
    const response = await fetch(stack.url, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/html');
    const html = await response.text();
    expect(html).toContain('GraphiQL');
    expect(html).toContain('on CivoDiskImage');
    expect(html).toContain('on GcoreImage');
    // Self-contained: no script, stylesheet or worker from a CDN, so it works offline.
    expect(html).toContain('YogaGraphiQL.renderYogaGraphiQL');
    expect(html).not.toMatch(/(src|href)=["']?https?:/);
    expect(html).not.toContain('unpkg.com');
  });

  it('the default query runs against the demo catalog', async () => {
    const { DEFAULT_QUERY } = await import('../../src/server/default-query.js');
    const response = await stack.post({ query: DEFAULT_QUERY });
    const body = (await response.json()) as {
      data: { civoDiskImages: unknown[]; gcoreImages: unknown[] };
      errors?: unknown;
    };
    expect(body.errors).toBeUndefined();
    expect(body.data.civoDiskImages!.length).toBeGreaterThan(0);
    expect(body.data.gcoreImages!.length).toBeGreaterThan(0);
  });

  it('answers a syntax error and an unknown field with coded errors, never a stack', async () => {
    const syntax = (await (await stack.post({ query: '{ civoDiskImages(' })).json()) as {
      errors: { extensions?: { code?: string } }[];
    };
    expect(syntax.errors[0]!.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    const unknown = (await (await stack.post({ query: '{ nope }' })).json()) as {
      errors: { extensions?: { code?: string } }[];
    };
    expect(unknown.errors[0]!.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const wrongType = (await (
      await stack.post({
        query: 'query($r: Int!) { gcoreImages(regionId: $r) { name } }',
        variables: { r: 'seventy-six' },
      })
    ).json()) as {
      errors: { extensions?: { code?: string } }[];
    };
    expect(wrongType.errors[0]!.extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify([syntax, unknown, wrongType])).not.toMatch(/\bat .+\.(ts|js):\d+/);
  });

  it('refuses `variables` or `extensions` that are not JSON, over GET and in a form, with 400 BAD_REQUEST', async () => {
    const base = stack.url;
    const answers = [
      await fetch(`${base}?query=${encodeURIComponent('{ __typename }')}&variables=%7Bbad`),
      await fetch(`${base}?query=${encodeURIComponent('{ __typename }')}&extensions=nope`),
      await fetch(base, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-graphql-yoga-csrf': '1' },
        body: new URLSearchParams({ query: '{ __typename }', variables: '{bad' }).toString(),
      }),
      // The same form streamed, with no Content-Length.
      await fetch(base, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-graphql-yoga-csrf': '1' },
        body: new Blob([new URLSearchParams({ query: '{ __typename }', extensions: 'nope' }).toString()]).stream(),
        duplex: 'half',
      } as RequestInit),
    ];
    for (const answer of answers) {
      expect(answer.status).toBe(400);
      const body = (await answer.json()) as { errors: { extensions: { code: string } }[] };
      expect(body.errors[0]!.extensions.code).toBe('BAD_REQUEST');
    }
    // Well-formed ones still run.
    const fine = await fetch(`${base}?query=${encodeURIComponent('{ __typename }')}&variables=%7B%7D`);
    expect(await fine.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('refuses a multipart POST it cannot read with 400 BAD_REQUEST, and runs a readable one', async () => {
    // With the CSRF header: without it a multipart POST is refused before it is read (http-safety.test.ts).
    const form = (fields: Record<string, string>) => {
      const body = new FormData();
      for (const [name, value] of Object.entries(fields)) body.set(name, value);
      return fetch(stack.url, { method: 'POST', body, headers: { 'x-graphql-yoga-csrf': '1' } });
    };
    const unreadable: Record<string, string>[] = [{ query: '{ __typename }' }, { operations: '{not json' }];
    for (const fields of unreadable) {
      const answer = await form(fields);
      expect(answer.status).toBe(400);
      const body = (await answer.json()) as { errors: { message: string; extensions: { code: string } }[] };
      expect(body.errors).toHaveLength(1);
      expect(body.errors[0]!.extensions.code).toBe('BAD_REQUEST');
      expect(body.errors[0]!.message).toMatch(/operations/);
    }
    const fine = await form({ operations: JSON.stringify({ query: '{ __typename }' }) });
    expect(await fine.json()).toEqual({ data: { __typename: 'Query' } });
  });
});

describe('every refusal has a code', () => {
  it.each([
    [
      'a subscription',
      { query: 'subscription { x }' },
      'GRAPHQL_VALIDATION_FAILED',
      /no subscriptions: it answers queries only/,
    ],
    ['a mutation', { query: 'mutation { x }' }, 'GRAPHQL_VALIDATION_FAILED', /no mutations/],
    [
      'two operations and no operationName',
      { query: 'query A { civoRegions { code } } query B { gcoreRegions { code } }' },
      'OPERATION_RESOLUTION_FAILURE',
      /operation/,
    ],
    [
      'an unknown operationName',
      { query: 'query A { civoRegions { code } }', operationName: 'Z' },
      'OPERATION_RESOLUTION_FAILURE',
      /operation/,
    ],
    ['a body that is not JSON', '{not json', 'BAD_REQUEST', /invalid JSON/],
  ])('%s', async (_name, body, code, message) => {
    const response = await fetch(stack.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await response.text();
    const { errors } = JSON.parse(text) as { errors: { message: string; extensions?: { code?: string } }[] };
    expect(errors).toHaveLength(1);
    expect(errors[0]!.extensions?.code).toBe(code);
    expect(errors[0]!.message).toMatch(message);
    // Nothing of a parser's internals, nor the request quoted back.
    expect(errors[0]!.extensions).not.toHaveProperty('originalError');
    if (typeof body === 'string') expect(text).not.toContain(body);
  });

  it.each<[string, { method: string; body?: string; search?: string }, RegExp]>([
    ['a POST with no query', { method: 'POST', body: '{}' }, /Must provide query string/],
    ['a GET with no query', { method: 'GET' }, /Must provide query string/],
    ['a GET with an empty query', { method: 'GET', search: '?query=' }, /Must provide query string/],
    [
      'a persisted query of an unknown version',
      { method: 'POST', body: JSON.stringify({ extensions: { persistedQuery: { version: 2, sha256Hash: 'ab' } } }) },
      /"version": 1/,
    ],
  ])('%s is HTTP 400 BAD_REQUEST, for a plain application/json client too', async (_name, request, message) => {
    const response = await fetch(`${stack.url}${request.search ?? ''}`, {
      method: request.method,
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      ...(request.body ? { body: request.body } : {}),
    });
    expect(response.status).toBe(400);
    const { errors } = (await response.json()) as { errors: { message: string; extensions?: { code?: string } }[] };
    expect(errors).toEqual([expect.objectContaining({ message: expect.stringMatching(message) })]);
    expect(errors[0]!.extensions?.code).toBe('BAD_REQUEST');
  });
});

describe('a bug in our own code', () => {
  it('is masked as "Unexpected error." with no detail, costs only its own field, and is logged without the API key', async () => {
    const logged: string[] = [];
    const server = createServer({
      config: loadConfig({
        CIVO_API_KEY: DEMO_CIVO_API_KEY,
        CIVO_API_URL: stack.emulator.url,
        GCORE_API_KEY: DEMO_GCORE_API_KEY,
        GCORE_API_URL: stack.emulator.url,
      }),
      logSink: (line) => logged.push(line),
    });
    // Not an upstream fault (those are coded): a defect inside the service itself.
    const directory = (server.services.configured.get('CIVO')!.services as CivoServices).directory;
    const forRequest = directory.forRequest.bind(directory);
    directory.forRequest = () => ({
      ...forRequest(),
      regions: () =>
        Promise.reject(new TypeError(`secret detail ${DEMO_CIVO_API_KEY} at /work/src/providers/civo/directory.ts:12`)),
    });
    const response = await server.fetch('http://service.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ civoRegions { code } gcoreRegions { code } }' }),
    });
    const text = await response.text();
    const body = JSON.parse(text) as {
      data: { civoRegions: unknown; gcoreRegions: unknown[] };
      errors: { message: string; path: string[]; extensions?: Record<string, unknown> }[];
    };
    expect(body.errors).toEqual([
      {
        message: 'Unexpected error.',
        path: ['civoRegions'],
        locations: [{ line: 1, column: 3 }],
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      },
    ]);
    expect(body.data.civoRegions).toBeNull();
    expect(body.data.gcoreRegions.length).toBeGreaterThan(0);
    expect(text).not.toContain('secret');
    expect(text).not.toContain(DEMO_CIVO_API_KEY);
    expect(text).not.toMatch(/directory\.ts|TypeError/);
    // Operators still see what broke, minus the key.
    const log = logged.join('\n');
    expect(log).toContain('secret detail [redacted] at');
    expect(log).not.toContain(DEMO_CIVO_API_KEY);
  });
});

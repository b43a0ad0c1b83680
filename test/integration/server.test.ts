import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
    const body = (await response.json()) as { data: { civoDiskImages: unknown[]; gcoreImages: unknown[] }; errors?: unknown };
    expect(body.errors).toBeUndefined();
    expect(body.data.civoDiskImages!.length).toBeGreaterThan(0);
    expect(body.data.gcoreImages!.length).toBeGreaterThan(0);
  });

  it('answers a syntax error and an unknown field with coded errors, never a stack', async () => {
    const syntax = await (await stack.post({ query: '{ civoDiskImages(' })).json() as { errors: { extensions?: { code?: string } }[] };
    expect(syntax.errors[0]!.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    const unknown = await (await stack.post({ query: '{ nope }' })).json() as { errors: { extensions?: { code?: string } }[] };
    expect(unknown.errors[0]!.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const wrongType = await (await stack.post({ query: 'query($r: Int!) { gcoreImages(regionId: $r) { name } }', variables: { r: 'seventy-six' } })).json() as {
      errors: { extensions?: { code?: string } }[];
    };
    expect(wrongType.errors[0]!.extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify([syntax, unknown, wrongType])).not.toMatch(/\bat .+\.(ts|js):\d+/);
  });
});

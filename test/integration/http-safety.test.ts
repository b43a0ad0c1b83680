import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type Stack } from '../support/stack.js';

type Answer = { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] };

/** A query that calls the upstream, so whether it ran shows at the emulator. */
const QUERY = '{ civoRegions { code } }';

describe('CORS with no CORS_ORIGINS: any origin may read answers, never with credentials', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack.close());

  it('answers a preflight for any origin with *, and no allow-credentials', async () => {
    const preflight = await fetch(stack.url, {
      method: 'OPTIONS',
      headers: {
        origin: 'https://anyone.example',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
    expect(preflight.headers.get('access-control-allow-methods')).toContain('POST');
    expect(preflight.headers.get('access-control-allow-headers')).toBe('content-type');
    expect(preflight.headers.get('access-control-allow-credentials')).toBeNull();
  });

  it('marks actual answers * (POST and GET), never reflecting the origin or allowing credentials', async () => {
    const headers = { origin: 'https://evil.example', cookie: 'session=1' };
    const post = await stack.post(
      { query: '{ __typename }' },
      { headers: { ...headers, 'content-type': 'application/json' } },
    );
    const get = await fetch(`${stack.url}?query=${encodeURIComponent('{ __typename }')}`, { headers });
    for (const answer of [post, get]) {
      expect(answer.status).toBe(200);
      expect(answer.headers.get('access-control-allow-origin')).toBe('*');
      expect(answer.headers.get('access-control-allow-credentials')).toBeNull();
      // The page may read the request id (to quote it) and the ETag.
      expect(answer.headers.get('access-control-expose-headers')).toBe('x-request-id, etag');
      expect(answer.headers.get('x-request-id')).toBeTruthy();
      expect(await answer.json()).toEqual({ data: { __typename: 'Query' } });
    }
  });
});

describe('CORS with CORS_ORIGINS: exactly the listed origins', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ env: { CORS_ORIGINS: 'https://a.example, https://b.example' } });
  });
  afterAll(() => stack.close());

  const preflight = (origin: string) =>
    fetch(stack.url, {
      method: 'OPTIONS',
      headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    });

  it('echoes a listed origin, with Vary: Origin, on preflights and answers', async () => {
    for (const origin of ['https://a.example', 'https://b.example']) {
      const answer = await preflight(origin);
      expect(answer.headers.get('access-control-allow-origin')).toBe(origin);
      expect(answer.headers.get('vary')).toMatch(/\bOrigin\b/);
      expect(answer.headers.get('access-control-allow-credentials')).toBeNull();
      const post = await stack.post(
        { query: '{ __typename }' },
        { headers: { origin, 'content-type': 'application/json' } },
      );
      expect(post.headers.get('access-control-allow-origin')).toBe(origin);
      expect(post.headers.get('vary')).toMatch(/\bOrigin\b/);
      expect(post.headers.get('access-control-allow-credentials')).toBeNull();
    }
  });

  it('gives an unlisted origin (or a look-alike) no allow-origin header at all', async () => {
    for (const origin of ['https://evil.example', 'https://a.example.evil.example', 'http://a.example']) {
      const answer = await preflight(origin);
      expect(answer.headers.get('access-control-allow-origin')).toBeNull();
      expect(answer.headers.get('access-control-allow-methods')).toBeNull();
      const post = await stack.post(
        { query: '{ __typename }' },
        { headers: { origin, 'content-type': 'application/json' } },
      );
      expect(post.headers.get('access-control-allow-origin')).toBeNull();
      expect(post.headers.get('vary')).toMatch(/\bOrigin\b/);
    }
  });
});

describe('CSRF: a cross-site form cannot make the server run a query', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack.close());

  const form = () => {
    const data = new FormData();
    data.set('operations', JSON.stringify({ query: QUERY }));
    data.set('map', '{}');
    return data;
  };
  const simple: [string, () => RequestInit][] = [
    [
      'urlencoded',
      () => ({
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ query: QUERY }).toString(),
      }),
    ],
    ['multipart', () => ({ body: form() })],
    ['text/plain', () => ({ headers: { 'content-type': 'text/plain' }, body: JSON.stringify({ query: QUERY }) })],
    ['no content-type', () => ({ body: new Blob([JSON.stringify({ query: QUERY })]) })],
  ];

  it.each(simple)(
    'refuses a %s POST without the CSRF header: 403 CSRF_PREFLIGHT_REQUIRED, nothing run',
    async (_name, init) => {
      stack.emulator.resetRequests();
      const answer = await fetch(stack.url, {
        method: 'POST',
        ...init(),
        headers: { origin: 'https://evil.example', ...init().headers },
      });
      expect(answer.status).toBe(403);
      const body = (await answer.json()) as Answer;
      expect(body.data).toBeUndefined();
      expect(body.errors).toHaveLength(1);
      expect(body.errors![0]!.extensions).toEqual({ code: 'CSRF_PREFLIGHT_REQUIRED' });
      expect(body.errors![0]!.message).toMatch(/x-graphql-yoga-csrf header/);
      expect(stack.emulator.requests).toHaveLength(0);
    },
  );

  it('runs a form POST that carries the header (only a preflighted page can send it)', async () => {
    const answer = await fetch(stack.url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-graphql-yoga-csrf': '1' },
      body: new URLSearchParams({ query: '{ __typename }' }).toString(),
    });
    expect(await answer.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('runs JSON POSTs (GraphiQL, fetch) and GET queries with no extra header', async () => {
    stack.emulator.resetRequests();
    const post = await fetch(stack.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: QUERY }),
    });
    expect(post.status).toBe(200);
    expect(((await post.json()) as Answer).errors).toBeUndefined();
    const get = await fetch(`${stack.url}?query=${encodeURIComponent(QUERY)}`, {
      headers: { accept: 'application/json' },
    });
    expect(get.status).toBe(200);
    expect(((await get.json()) as Answer).errors).toBeUndefined();
    expect(stack.emulator.requests.length).toBeGreaterThan(0);
    // GraphiQL itself is a plain GET of the page.
    const page = await fetch(stack.url, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Cloud image catalog');
  });
});

describe('MAX_REQUEST_BYTES', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ env: { MAX_REQUEST_BYTES: '2048' } });
  });
  afterAll(() => stack.close());

  const big = () => JSON.stringify({ query: '{ __typename }', variables: { padding: 'x'.repeat(4000) } });
  const expectTooLarge = async (answer: Response) => {
    expect(answer.status).toBe(413);
    const body = (await answer.json()) as Answer;
    expect(body.errors).toHaveLength(1);
    expect(body.errors![0]!.extensions).toEqual({ code: 'REQUEST_ENTITY_TOO_LARGE', limit: 2048 });
    expect(body.errors![0]!.message).toMatch(/larger than 2048 bytes \(MAX_REQUEST_BYTES\)/);
  };

  it('answers 413 REQUEST_ENTITY_TOO_LARGE for a body over the limit, by Content-Length', async () => {
    await expectTooLarge(await stack.post(JSON.parse(big())));
  });

  it('and for a chunked body with no Content-Length, while it streams', async () => {
    const bytes = new TextEncoder().encode(big());
    const body = new ReadableStream({
      start(controller) {
        controller.enqueue(bytes.slice(0, 1000));
        controller.enqueue(bytes.slice(1000));
        controller.close();
      },
    });
    await expectTooLarge(
      await fetch(stack.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
        duplex: 'half',
      } as RequestInit),
    );
  });

  it('and for a form, with or without Content-Length', async () => {
    const form = new URLSearchParams({ query: '{ __typename }', variables: `{"padding":"${'x'.repeat(4000)}"}` });
    const headers = { 'content-type': 'application/x-www-form-urlencoded', 'x-graphql-yoga-csrf': '1' };
    await expectTooLarge(await fetch(stack.url, { method: 'POST', headers, body: form.toString() }));
    await expectTooLarge(
      await fetch(stack.url, {
        method: 'POST',
        headers,
        body: new Blob([form.toString()]).stream(),
        duplex: 'half',
      } as RequestInit),
    );
  });

  it('serves a body under it', async () => {
    expect(await (await stack.post({ query: '{ __typename }' })).json()).toEqual({ data: { __typename: 'Query' } });
  });
});

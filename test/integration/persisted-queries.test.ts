import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { ApolloClient, HttpLink, InMemoryCache, type DocumentNode } from '@apollo/client';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';
import { print } from 'graphql';
import { afterAll, beforeAll, beforeEach, describe, expect, it, onTestFinished } from 'vitest';
import { graphql } from '../gql-trusted/index.js';
import { startStack, type Stack } from '../support/stack.js';

/**
 * Documents by hash: automatic persisted queries (the default) as Apollo's and urql's links
 * speak them, and trusted documents only (PERSISTED_OPERATIONS=only) from the manifest that
 * codegen's client preset writes (test/gql-trusted/persisted-documents.json, for this file's operations too).
 */
const TrustedSearch = graphql(`
  query TrustedSearch($first: Int) {
    images(first: $first) {
      totalCount
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

/** Fragments on the interfaces: Apollo's cache matches them only when the answer carries `__typename`. */
const TrustedCards = graphql(`
  query TrustedCards {
    civoDiskImages(region: "LON1") {
      ...TrustedCard
    }
  }
  fragment TrustedCard on DiskImage {
    id
    name
    region {
      code
    }
    ... on CivoDiskImage {
      label
    }
  }
`);

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const manifestHash = (document: unknown) => (document as { __meta__: { hash: string } }).__meta__.hash;
const QUERY = '{ images(first: 2) { totalCount edges { node { id name } } } }';
const apq = (query: string) => ({ persistedQuery: { version: 1, sha256Hash: sha256(query) } });

interface Body {
  data?: { images?: { totalCount: number; edges: unknown[] } } | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** Every request body (or GET query string) the client sent, to see what went over the wire. */
function recordingFetch(sent: { method: string; body: Record<string, unknown> }[]): typeof fetch {
  return async (input, init) => {
    const request = new Request(input, init);
    const body =
      request.method === 'GET'
        ? Object.fromEntries(new URL(request.url).searchParams)
        : ((await request.clone().json()) as Record<string, unknown>);
    sent.push({ method: request.method, body });
    return fetch(request);
  };
}

function apolloClient(url: string, link: PersistedQueryLink, fetchFn: typeof fetch) {
  return new ApolloClient({
    cache: new InMemoryCache(),
    link: link.concat(new HttpLink({ uri: url, fetch: fetchFn })),
  });
}

describe('automatic persisted queries (the default)', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack.close());

  it('POST: a hash alone answers PERSISTED_QUERY_NOT_FOUND, the document with its hash runs and registers it, then the hash alone runs it', async () => {
    const query = `${QUERY} # post`;
    const unknown = await stack.post({ extensions: apq(query) });
    const refused = (await unknown.json()) as Body;
    expect(refused.errors).toEqual([
      expect.objectContaining({ message: 'PersistedQueryNotFound', extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } }),
    ]);
    expect(refused.data).toBeUndefined();

    const registered = (await (await stack.post({ query, extensions: apq(query) })).json()) as Body;
    expect(registered.errors).toBeUndefined();
    expect(registered.data!.images!.edges).toHaveLength(2);

    const byHash = (await (await stack.post({ extensions: apq(query) })).json()) as Body;
    expect(byHash).toEqual(registered);
  });

  it('GET: the same exchange with extensions in the query string', async () => {
    const query = `${QUERY} # get`;
    const get = (params: Record<string, string>) =>
      fetch(`${stack.url}?${new URLSearchParams(params)}`, { headers: { accept: 'application/json' } });
    const extensions = JSON.stringify(apq(query));
    const unknown = (await (await get({ extensions })).json()) as Body;
    expect(unknown.errors![0]!.extensions!.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    const registered = (await (await get({ query, extensions })).json()) as Body;
    expect(registered.data!.images!.totalCount).toBeGreaterThan(0);
    expect(await (await get({ extensions })).json()).toEqual(registered);
  });

  it('refuses a document whose hash is not its sha256, and does not register it under that hash', async () => {
    const wrong = { persistedQuery: { version: 1, sha256Hash: sha256('something else') } };
    const mismatch = (await (await stack.post({ query: QUERY, extensions: wrong })).json()) as Body;
    expect(mismatch.errors![0]!.extensions!.code).toBe('PERSISTED_QUERY_MISMATCH');
    const after = (await (await stack.post({ extensions: wrong })).json()) as Body;
    expect(after.errors![0]!.extensions!.code).toBe('PERSISTED_QUERY_NOT_FOUND');
  });

  it('a registered document still passes every query limit: too many aliases, too many tokens, nested equivalents', async () => {
    const tooManyAliases = `{ ${Array.from({ length: 40 }, (_, index) => `a${index}: civoRegions { code }`).join(' ')} }`;
    const tooManyTokens = `{ ${Array.from({ length: 2100 }, () => '__typename').join(' ')} }`;
    const nested = '{ images(first: 1) { edges { node { equivalents { equivalents { imageId } } } } } }';
    for (const query of [tooManyAliases, tooManyTokens, nested]) {
      const sent = (await (await stack.post({ query, extensions: apq(query) })).json()) as Body;
      expect(sent.errors![0]!.extensions!.code).toBe('QUERY_TOO_COMPLEX');
      const byHash = (await (await stack.post({ extensions: apq(query) })).json()) as Body;
      expect(byHash.data ?? null).toBeNull();
      expect(byHash.errors![0]!.extensions!.code).toBe('QUERY_TOO_COMPLEX');
    }
  });

  it.each([
    ['POST', false],
    ['GET', true],
  ])(
    "Apollo Client's standard persisted-query link works unchanged (%s for hashed queries)",
    async (_name, useGETForHashedQueries) => {
      // A fresh instance: its store has not seen this document yet.
      const stack = await startStack();
      onTestFinished(() => stack.close());
      const sent: { method: string; body: Record<string, unknown> }[] = [];
      const document = TrustedSearch as unknown as DocumentNode;
      const link = () => new PersistedQueryLink({ sha256, useGETForHashedQueries });
      const first = apolloClient(stack.url, link(), recordingFetch(sent));
      const { data, error } = await first.query({ query: document, variables: { first: 3 } });
      expect(error).toBeUndefined();
      expect((data as { images: { edges: unknown[] } }).images.edges).toHaveLength(3);
      // Hash only, refused; then the document with its hash (always a POST).
      expect(sent.map(({ method, body }) => [method, 'query' in body])).toEqual([
        [useGETForHashedQueries ? 'GET' : 'POST', false],
        ['POST', true],
      ]);

      // Another client (a new page load) gets it by hash alone.
      sent.length = 0;
      const second = apolloClient(stack.url, link(), recordingFetch(sent));
      const again = await second.query({ query: document, variables: { first: 3 } });
      expect(again.data).toEqual(data);
      expect(sent).toHaveLength(1);
      expect('query' in sent[0]!.body).toBe(false);
    },
  );
});

describe('trusted documents only (PERSISTED_OPERATIONS=only)', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({
      env: { PERSISTED_OPERATIONS: 'only', PERSISTED_OPERATIONS_MANIFEST: 'test/gql-trusted/persisted-documents.json' },
    });
  });
  afterAll(() => stack.close());
  beforeEach(() => stack.emulator.resetRequests());

  it('runs an operation of the manifest by its hash, with or without the sha256: prefix, over POST and GET', async () => {
    const hash = manifestHash(TrustedSearch);
    expect(hash).toMatch(/^sha256:[0-9a-f]{64}$/);
    for (const sha256Hash of [hash, hash.slice('sha256:'.length)]) {
      const body = (await (
        await stack.post({ variables: { first: 2 }, extensions: { persistedQuery: { version: 1, sha256Hash } } })
      ).json()) as Body;
      expect(body.errors).toBeUndefined();
      expect(body.data!.images!.edges).toHaveLength(2);
    }
    // And over GET, as Apollo's useGETForHashedQueries and urql's preferGetForPersistedQueries send it.
    const params = new URLSearchParams({
      variables: JSON.stringify({ first: 1 }),
      extensions: JSON.stringify({ persistedQuery: { version: 1, sha256Hash: hash } }),
    });
    const viaGet = (await (
      await fetch(`${stack.url}?${params}`, { headers: { accept: 'application/json' } })
    ).json()) as Body;
    expect(viaGet.errors).toBeUndefined();
    expect(viaGet.data!.images!.edges).toHaveLength(1);
  });

  it('refuses a raw document, an unknown hash and a request with neither as OPERATION_NOT_TRUSTED (400); nothing registers', async () => {
    const query = print(TrustedSearch);
    const attempts = [{ query }, { query, extensions: apq(query) }, { extensions: apq(QUERY) }, { variables: {} }];
    for (const attempt of attempts) {
      const response = await stack.post(attempt);
      expect(response.status).toBe(400);
      const body = (await response.json()) as Body;
      expect(body.data).toBeUndefined();
      expect(body.errors).toHaveLength(1);
      expect(body.errors![0]!.extensions!.code).toBe('OPERATION_NOT_TRUSTED');
    }
    // The document sent with its APQ hash was not registered by it.
    const byHash = (await (await stack.post({ extensions: apq(query) })).json()) as Body;
    expect(byHash.errors![0]!.extensions!.code).toBe('OPERATION_NOT_TRUSTED');
    expect(stack.emulator.count()).toBe(0);
  });

  it("serves no GraphiQL: a browser's GET gets a coded refusal, not a page that could run nothing", async () => {
    const response = await fetch(stack.url, {
      headers: { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' },
    });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type') ?? '').not.toContain('text/html');
    const body = (await response.json()) as Body;
    expect(body.errors![0]!.extensions!.code).toBe('OPERATION_NOT_TRUSTED');
  });

  it("Apollo Client's persisted-query link sends the manifest's hash (generateHash) and gets the answer in one request", async () => {
    const sent: { method: string; body: Record<string, unknown> }[] = [];
    const link = new PersistedQueryLink({ generateHash: (document) => manifestHash(document) });
    const client = apolloClient(stack.url, link, recordingFetch(sent));
    const { data, error } = await client.query({
      query: TrustedSearch as unknown as DocumentNode,
      variables: { first: 1 },
    });
    expect(error).toBeUndefined();
    expect((data as { images: { edges: unknown[] } }).images.edges).toHaveLength(1);
    expect(sent).toHaveLength(1);
    expect('query' in sent[0]!.body).toBe(false);
  });

  it("Apollo gets the fields of fragments on interfaces too: the manifest's documents select __typename", async () => {
    const { possibleTypes } = JSON.parse(
      readFileSync(new URL('../../schema/possible-types.json', import.meta.url), 'utf8'),
    ) as { possibleTypes: Record<string, string[]> };
    const client = new ApolloClient({
      cache: new InMemoryCache({ possibleTypes }),
      link: new PersistedQueryLink({ generateHash: (document) => manifestHash(document) }).concat(
        new HttpLink({ uri: stack.url }),
      ),
    });
    const { data, error } = await client.query({ query: TrustedCards as unknown as DocumentNode });
    expect(error).toBeUndefined();
    const images = (data as { civoDiskImages: Record<string, unknown>[] }).civoDiskImages;
    expect(images.length).toBeGreaterThan(0);
    expect(images[0]).toMatchObject({
      __typename: 'CivoDiskImage',
      id: expect.any(String),
      name: expect.any(String),
      region: { code: 'LON1' },
    });
    // Present (a string or null), not dropped as a fragment the cache could not match.
    expect(images[0]).toHaveProperty('label');
  });
});

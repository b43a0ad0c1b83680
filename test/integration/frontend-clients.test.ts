import { readFileSync } from 'node:fs';
import { ApolloClient, HttpLink, InMemoryCache, type DocumentNode } from '@apollo/client';
import { Defer20220824Handler } from '@apollo/client/incremental';
import { relayStylePagination } from '@apollo/client/utilities';
import { Client, cacheExchange, fetchExchange } from '@urql/core';
import { persistedExchange } from '@urql/exchange-persisted';
import { afterAll, beforeAll, describe, expect, it, onTestFinished, vi } from 'vitest';
import { graphql } from '../gql/index.js';
import { startStack, type Stack } from '../support/stack.js';

/**
 * The README's "Use it from a frontend" recipes, run with the real clients: Apollo Client with
 * the fragment matcher codegen writes (schema/possible-types.json) and relay-style pagination,
 * urql with its persisted exchange, and Apollo's @defer support.
 */
const possibleTypes = (
  JSON.parse(readFileSync('schema/possible-types.json', 'utf8')) as { possibleTypes: Record<string, string[]> }
).possibleTypes;

const ImageByNode = graphql(`
  query FrontendImageByNode($id: ID!) {
    node(id: $id) {
      id
      ... on DiskImage {
        name
        provider
        region {
          code
          ... on CivoRegion {
            countryName
          }
        }
      }
    }
  }
`);

const ImagePage = graphql(`
  query FrontendImagePage($first: Int!, $after: String) {
    images(first: $first, after: $after, filter: { distributions: ["ubuntu"] }) {
      totalCount
      edges {
        cursor
        node {
          id
          name
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const DeferredEquivalents = graphql(`
  query FrontendDeferredEquivalents {
    images(first: 2, filter: { regions: ["LON1"], distributions: ["ubuntu"] }) {
      edges {
        node {
          id
          name
          ... @defer {
            equivalents(providers: [CIVO]) {
              id
              imageId
            }
          }
        }
      }
    }
  }
`);

const asDocument = (document: unknown) => document as DocumentNode;

let stack: Stack;
let civoImageId: string;
beforeAll(async () => {
  stack = await startStack();
  const { data } = await stack.query(ImagePage, { first: 50 });
  civoImageId = data!.images!.edges.find((edge) => edge.node.id)!.node.id;
});
afterAll(() => stack.close());

function apollo(cache: InMemoryCache, answered: string[] = []) {
  return new ApolloClient({
    cache,
    link: new HttpLink({
      uri: stack.url,
      fetch: async (input, init) => {
        const response = await fetch(input, init);
        answered.push(response.headers.get('content-type') ?? '');
        return response;
      },
    }),
    incrementalHandler: new Defer20220824Handler(),
  });
}

/** As README says: the fragment matcher, and relay-style pagination on the connection. */
const readmeCache = () =>
  new InMemoryCache({
    possibleTypes,
    typePolicies: { Query: { fields: { images: relayStylePagination(['filter', 'orderBy']) } } },
  });

describe('Apollo Client', () => {
  it('with possibleTypes keeps the fields selected through `... on DiskImage`; without, it drops them', async () => {
    const expected = await stack.query(ImageByNode, { id: civoImageId });
    expect(expected.data!.node).toMatchObject({ name: expect.any(String), region: { code: expect.any(String) } });

    const withMatcher = await apollo(readmeCache()).query({
      query: asDocument(ImageByNode),
      variables: { id: civoImageId },
    });
    expect(withMatcher.data).toMatchObject(expected.data!);

    // The same query and answer, but a cache that cannot tell a CivoDiskImage is a DiskImage:
    // no error, only a console warning (in development builds).
    const warnings: string[] = [];
    const capture = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
    const warn = vi.spyOn(console, 'warn').mockImplementation(capture);
    const error = vi.spyOn(console, 'error').mockImplementation(capture);
    onTestFinished(() => {
      warn.mockRestore();
      error.mockRestore();
    });
    const bare = await apollo(new InMemoryCache())
      .query({ query: asDocument(ImageByNode), variables: { id: civoImageId } })
      .catch((error: unknown) => ({ data: undefined, error }));
    expect(bare.data).toEqual({ node: { __typename: 'CivoDiskImage', id: civoImageId } });
    expect(warnings).toEqual([expect.stringContaining('missing `possibleTypes` entry')]);
  });

  it('relayStylePagination appends the next page (fetchMore with endCursor) into one list', async () => {
    const client = apollo(readmeCache());
    type Page = { images: { edges: { node: { id: string } }[]; pageInfo: { endCursor: string } } };
    const first = (await client.query({ query: asDocument(ImagePage), variables: { first: 2 } })).data as Page;
    // What fetchMore({ variables: { after } }) sends; the policy merges it into the same list.
    await client.query({
      query: asDocument(ImagePage),
      variables: { first: 2, after: first.images.pageInfo.endCursor },
      fetchPolicy: 'network-only',
    });
    const merged = client.readQuery({ query: asDocument(ImagePage), variables: { first: 2 } }) as Page;
    const direct = await stack.query(ImagePage, { first: 4 });
    expect(merged.images.edges.map((edge) => edge.node.id)).toEqual(
      direct.data!.images!.edges.map((edge) => edge.node.id),
    );
  });

  it('reads a deferred equivalents over multipart and ends with the whole answer', async () => {
    const answered: string[] = [];
    const client = apollo(readmeCache(), answered);
    const { data, error } = await client.query({ query: asDocument(DeferredEquivalents) });
    expect(error).toBeUndefined();
    expect(answered).toEqual([expect.stringContaining('multipart/mixed')]);
    type Page = { images: { edges: { node: { equivalents?: unknown[] } }[] } };
    const edges = (data as Page).images.edges;
    expect(edges).toHaveLength(2);
    for (const edge of edges) expect(Array.isArray(edge.node.equivalents)).toBe(true);
  });
});

describe('urql', () => {
  it('runs queries with its persisted exchange (APQ, GET for hashed queries)', async () => {
    const sent: { method: string; query: boolean }[] = [];
    const client = new Client({
      url: stack.url,
      exchanges: [cacheExchange, persistedExchange({ preferGetForPersistedQueries: true }), fetchExchange],
      fetch: async (input, init) => {
        const request = new Request(input, init);
        sent.push({
          method: request.method,
          query:
            request.method === 'GET'
              ? new URL(request.url).searchParams.has('query')
              : 'query' in ((await request.clone().json()) as object),
        });
        return fetch(request);
      },
    });
    const result = await client.query(ImagePage, { first: 3 }).toPromise();
    expect(result.error).toBeUndefined();
    expect(result.data!.images!.edges).toHaveLength(3);
    expect(sent[0]).toEqual({ method: 'GET', query: false });
    expect(sent.at(-1)!.query).toBe(true);
  });
});

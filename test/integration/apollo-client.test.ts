import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { ApolloClient, HttpLink, InMemoryCache, gql } from '@apollo/client';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type Stack } from '../support/stack.js';

/**
 * Apollo Client, as a frontend would set it up, against the real server over HTTP: a query
 * through a fragment on the DiskImage interface, normalised into its cache by typename and id.
 */

/** Abstract type → the object types a fragment on it matches: the generated file a frontend imports. */
function possibleTypes(): Record<string, string[]> {
  const generated = new URL('../../schema/possible-types.json', import.meta.url);
  return (JSON.parse(readFileSync(generated, 'utf8')) as { possibleTypes: Record<string, string[]> }).possibleTypes;
}

const IMAGE_CARD = gql`
  fragment ImageCard on DiskImage {
    id
    name
    distribution
    provider
    region {
      id
      code
    }
  }
`;

const IMAGES = gql`
  query ImagesForCards {
    civoDiskImages(region: "LON1") {
      ...ImageCard
      ... on CivoDiskImage {
        label
      }
    }
    gcoreImages(regionId: 76) {
      ...ImageCard
      ... on GcoreImage {
        visibility
      }
    }
  }
  ${IMAGE_CARD}
`;

interface Card {
  __typename: string;
  id: string;
  name: string;
  distribution: string | null;
  provider: string;
  region: { __typename: string; id: string; code: string };
}
interface Images {
  civoDiskImages: (Card & { label: string | null })[];
  gcoreImages: (Card & { visibility: string | null })[];
}

const clientFor = (stack: Stack, cache: InMemoryCache) =>
  new ApolloClient({ link: new HttpLink({ uri: stack.url }), cache });

describe('Apollo Client', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack.close());

  it('gets possibleTypes for DiskImage that name both providers’ image types', () => {
    expect(possibleTypes().DiskImage?.sort()).toEqual(['CivoDiskImage', 'GcoreImage']);
  });

  it('normalises images by typename:id with the interface fragment’s fields', async () => {
    const cache = new InMemoryCache({ possibleTypes: possibleTypes() });
    const client = clientFor(stack, cache);
    const { data, error } = await client.query<Images>({ query: IMAGES });
    expect(error).toBeUndefined();
    const images = [...data!.civoDiskImages, ...data!.gcoreImages];
    expect(data!.civoDiskImages.length).toBeGreaterThan(0);
    expect(data!.gcoreImages.length).toBeGreaterThan(0);

    const entries = cache.extract() as Record<string, Record<string, unknown>>;
    for (const image of images) {
      const key = `${image.__typename}:${image.id}`;
      expect(cache.identify({ __typename: image.__typename, id: image.id })).toBe(key);
      expect(entries[key]).toMatchObject({ __typename: image.__typename, id: image.id, name: image.name });
      // The region is its own entry, referenced from the image.
      expect(entries[key]!.region).toEqual({ __ref: `${image.region.__typename}:${image.region.id}` });
      // Read back through the fragment on the interface: possibleTypes says the object type matches.
      const { __typename, id, name, distribution, provider, region } = image;
      expect(client.readFragment<Card>({ id: key, fragment: IMAGE_CARD, fragmentName: 'ImageCard' })).toEqual({
        __typename,
        id,
        name,
        distribution,
        provider,
        region,
      });
    }
    expect(entries[`CivoDiskImage:${data!.civoDiskImages[0]!.id}`]).toHaveProperty('label');
    expect(entries[`GcoreImage:${data!.gcoreImages[0]!.id}`]).toHaveProperty('visibility');
    // One root list of references, not copies.
    expect((entries.ROOT_QUERY!['civoDiskImages({"region":"LON1"})'] as unknown[])[0]).toEqual({
      __ref: `CivoDiskImage:${data!.civoDiskImages[0]!.id}`,
    });
  });

  it('can send its queries as GET, and gets answers a browser or CDN may keep', async () => {
    const seen: Response[] = [];
    const methods: string[] = [];
    const link = new HttpLink({
      uri: stack.url,
      useGETForQueries: true,
      fetch: async (input, init) => {
        methods.push(init?.method ?? 'GET');
        const response = await fetch(input, init);
        seen.push(response.clone());
        return response;
      },
    });
    const client = new ApolloClient({ link, cache: new InMemoryCache({ possibleTypes: possibleTypes() }) });
    const { data } = await client.query<Images>({ query: IMAGES });
    expect(data!.civoDiskImages.length).toBeGreaterThan(0);
    expect(methods).toEqual(['GET']);
    expect(seen[0]!.headers.get('cache-control')).toMatch(/^public, max-age=\d+, must-revalidate$/);
    expect(seen[0]!.headers.get('etag')).toBeTruthy();
  });

  it('with the persisted-query link too: a second client sends the hash alone over GET, and the cache is normalised the same', async () => {
    const sent: URL[] = [];
    const link = new PersistedQueryLink({
      sha256: (text) => createHash('sha256').update(text).digest('hex'),
      useGETForHashedQueries: true,
    }).concat(
      new HttpLink({
        uri: stack.url,
        fetch: (input, init) => {
          if (init?.method !== 'POST') sent.push(new URL(String(input)));
          return fetch(input, init);
        },
      }),
    );
    const cache = new InMemoryCache({ possibleTypes: possibleTypes() });
    const first = await new ApolloClient({ link, cache }).query<Images>({ query: IMAGES, fetchPolicy: 'network-only' });
    // A second client (a new page load): this time the hash alone is enough.
    const second = await new ApolloClient({
      link,
      cache: new InMemoryCache({ possibleTypes: possibleTypes() }),
    }).query<Images>({
      query: IMAGES,
    });
    expect(second.data).toEqual(first.data);
    const hashOnly = sent.filter((url) => url.searchParams.has('extensions') && !url.searchParams.has('query'));
    expect(hashOnly.length).toBeGreaterThanOrEqual(2);
    const entries = cache.extract() as Record<string, Record<string, unknown>>;
    const civo = first.data!.civoDiskImages[0]!;
    expect(entries[`CivoDiskImage:${civo.id}`]).toMatchObject({ id: civo.id, name: civo.name, provider: 'CIVO' });
    expect(entries[`CivoDiskImage:${civo.id}`]).toHaveProperty('label');
  });
});

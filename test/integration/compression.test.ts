import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import * as bundle from '@graphql-yoga/render-graphiql/graphiql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type Stack } from '../support/stack.js';
import { getUrl, rawGet } from '../support/raw-http.js';

/** Compression and the GraphiQL assets as they go over the wire (node:http, no decoding). */

const QUERY = '{ civoDiskImages(region: "LON1") { id name distribution version sizeBytes } }';
const json = { accept: 'application/json' };

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack.close());

const root = () => new URL(stack.url).origin;

describe('GraphQL answers', () => {
  it.each([
    ['br', 'br', brotliDecompressSync],
    ['gzip, deflate', 'gzip', gunzipSync],
    ['gzip;q=0.5, br;q=0.9', 'br', brotliDecompressSync],
    ['br;q=0, *', 'gzip', gunzipSync],
  ])('Accept-Encoding %s is answered %s, and decodes to the uncompressed answer', async (accept, encoding, decode) => {
    const plain = await rawGet(getUrl(stack.url, QUERY), json);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(plain.body.toString()).data.civoDiskImages.length).toBeGreaterThan(0);

    const compressed = await rawGet(getUrl(stack.url, QUERY), { ...json, 'accept-encoding': accept });
    expect(compressed.headers['content-encoding']).toBe(encoding);
    expect(compressed.body.length).toBeLessThan(plain.body.length);
    expect(decode(compressed.body).toString()).toBe(plain.body.toString());
    expect(String(compressed.headers.vary)).toMatch(/Accept-Encoding/);
    // The ETag names the bytes sent: each encoding has its own.
    expect(compressed.headers.etag).not.toBe(plain.headers.etag);
  });

  it('compresses POST answers too', async () => {
    const response = await stack.post({ query: QUERY }, { headers: { ...json, 'content-type': 'application/json' } });
    // fetch asks for gzip/br and decodes; the header says what went over the wire.
    expect(['br', 'gzip']).toContain(response.headers.get('content-encoding'));
    expect(((await response.json()) as { data: { civoDiskImages: unknown[] } }).data.civoDiskImages.length).toBe(
      JSON.parse((await rawGet(getUrl(stack.url, QUERY), json)).body.toString()).data.civoDiskImages.length,
    );
  });

  it('leaves small answers and clients that ask for nothing alone', async () => {
    const small = await rawGet(getUrl(stack.url, '{ __typename }'), { ...json, 'accept-encoding': 'br' });
    expect(small.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(small.body.toString())).toEqual({ data: { __typename: 'Query' } });
    const identity = await rawGet(getUrl(stack.url, QUERY), { ...json, 'accept-encoding': 'identity' });
    expect(identity.headers['content-encoding']).toBeUndefined();
  });
});

describe('GraphiQL', () => {
  const page = () => rawGet(stack.url, { accept: 'text/html', 'accept-encoding': 'br' });
  const assetPaths = (html: string) => [...html.matchAll(/(?:src|href)="(\/graphiql\/[^"]+)"/g)].map((m) => m[1]!);

  it('is a small page that names its assets by content hash and revalidates with a 304', async () => {
    const first = await page();
    expect(first.status).toBe(200);
    const html = first.headers['content-encoding'] === 'br' ? brotliDecompressSync(first.body) : first.body;
    expect(html.length).toBeLessThan(4096);
    expect(first.headers['cache-control']).toBe('no-cache');
    const again = await rawGet(stack.url, { accept: 'text/html', 'if-none-match': String(first.headers.etag) });
    // Without Accept-Encoding the bytes differ, so the tag does too: no 304 across encodings.
    expect(again.status).toBe(200);
    const same = await rawGet(stack.url, {
      accept: 'text/html',
      'accept-encoding': 'br',
      'if-none-match': String(first.headers.etag),
    });
    expect(same.status).toBe(304);
    expect(same.body.length).toBe(0);
    expect(assetPaths(html.toString())).toEqual(
      expect.arrayContaining([expect.stringMatching(/^\/graphiql\/graphiql\.[\w-]{16}\.js$/)]),
    );
  });

  it('serves the package’s own bundle as immutable, brotli-compressed files', async () => {
    const html = (await rawGet(stack.url, { accept: 'text/html' })).body.toString();
    const script = assetPaths(html).find((path) => path.endsWith('.js'))!;
    const asset = await rawGet(root() + script, { 'accept-encoding': 'gzip, deflate, br' });
    expect(asset.status).toBe(200);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(asset.headers['content-type']).toMatch(/^application\/javascript/);
    expect(asset.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(asset.body).toString()).toBe(bundle.js);
    expect(asset.body.length).toBeLessThan(bundle.js.length / 3);

    const revalidated = await rawGet(root() + script, {
      'accept-encoding': 'br',
      'if-none-match': String(asset.headers.etag),
    });
    expect(revalidated.status).toBe(304);

    const styles = assetPaths(html).find((path) => path.endsWith('.css'))!;
    const css = await rawGet(root() + styles, {});
    expect(css.headers['content-type']).toMatch(/^text\/css/);
    expect(css.body.toString()).toBe(bundle.css);
  });

  it('answers an unknown asset name (an old build’s hash) 404', async () => {
    const missing = await rawGet(`${root()}/graphiql/graphiql.0000000000000000.js`);
    expect(missing.status).toBe(404);
    expect(missing.headers['cache-control']).toBe('no-store');
  });
});

import { createHash } from 'node:crypto';
import * as bundle from '@graphql-yoga/render-graphiql/graphiql';
import type { GraphiQLOptions, Plugin } from 'graphql-yoga';
import { compress, negotiateEncoding, type Encoding } from './compression.js';
import { clientHas, notModified } from './entity-tag.js';

/** Content-addressed: a new GraphiQL build gets new names, so browsers may keep these for a year. */
const IMMUTABLE = 'public, max-age=31536000, immutable';

interface Asset {
  name: string;
  contentType: string;
  body: Buffer<ArrayBuffer>;
  hash: string;
  /** Compressed once, on first request, per encoding. */
  encoded: Map<Encoding, Promise<Buffer<ArrayBuffer>>>;
}

export interface GraphiQLAssets {
  /** Yoga's `renderGraphiQL`: a page of a few hundred bytes that names the assets below. */
  render(options?: GraphiQLOptions): string;
  /** Answers GETs under `basePath` with the assets (or 404). */
  plugin: Plugin;
  /** Asset paths, for tests: `{ js, css, ... }`. */
  paths: Record<string, string>;
}

/**
 * GraphiQL as the installed @graphql-yoga/render-graphiql package builds it, split out of its
 * single 9 MB page into files named by content hash: a reload revalidates only the page. Served
 * from this host, never a CDN, so it works offline and behind firewalls.
 */
export function graphiqlAssets(basePath = '/graphiql'): GraphiQLAssets {
  const favicon = /^data:([^;]+);base64,(.*)$/.exec(bundle.favicon);
  const sources: (readonly [key: string, file: string, contentType: string, body: Buffer<ArrayBuffer>])[] = [
    ['js', 'graphiql.js', 'application/javascript; charset=utf-8', Buffer.from(bundle.js)],
    ['css', 'graphiql.css', 'text/css; charset=utf-8', Buffer.from(bundle.css)],
    [
      'editorWorkerService',
      'editor.worker.js',
      'application/javascript; charset=utf-8',
      Buffer.from(bundle.editorWorkerService),
    ],
    ['json', 'json.worker.js', 'application/javascript; charset=utf-8', Buffer.from(bundle.jsonWorker)],
    ['graphql', 'graphql.worker.js', 'application/javascript; charset=utf-8', Buffer.from(bundle.graphqlWorker)],
    ...(favicon ? [['favicon', 'favicon.ico', favicon[1]!, Buffer.from(favicon[2]!, 'base64')] as const] : []),
  ];
  const byName = new Map<string, Asset>();
  const paths: Record<string, string> = {};
  for (const [key, file, contentType, body] of sources) {
    const hash = createHash('sha256').update(body).digest('base64url').slice(0, 16);
    const name = file.replace(/(\.[a-z]+)$/, `.${hash}$1`);
    byName.set(name, { name, contentType, body, hash, encoded: new Map() });
    paths[key] = `${basePath}/${name}`;
  }

  const render = (options: GraphiQLOptions = {}) => {
    const workers = { editorWorkerService: paths.editorWorkerService, json: paths.json, graphql: paths.graphql };
    return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>${escapeHtml(options.title ?? 'GraphiQL')}</title>
    ${paths.favicon ? `<link rel="icon" href="${paths.favicon}" />` : ''}
    <link rel="stylesheet" href="${paths.css}" />
  </head>
  <body id="body" class="no-focus-outline">
    <noscript>You need to enable JavaScript to run this app.</noscript>
    <div id="root"></div>
    <script src="${paths.js}"></script>
    <script>
      const workers = ${scriptJson(workers)};
      self.MonacoEnvironment = { globalAPI: false, getWorkerUrl: (moduleId, label) => workers[label] };
      YogaGraphiQL.renderYogaGraphiQL(document.querySelector('#root'), ${scriptJson(options)});
    </script>
  </body>
</html>
`;
  };

  const plugin: Plugin = {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      if (!url.pathname.startsWith(`${basePath}/`) || (request.method !== 'GET' && request.method !== 'HEAD')) return;
      const asset = byName.get(url.pathname.slice(basePath.length + 1));
      if (!asset) {
        endResponse(new fetchAPI.Response('Not found', { status: 404, headers: { 'cache-control': 'no-store' } }));
        return;
      }
      const encoding = negotiateEncoding(request.headers.get('accept-encoding'));
      const tag = `"${asset.hash}${encoding ? `-${encoding}` : ''}"`;
      const headers = new fetchAPI.Headers({
        'content-type': asset.contentType,
        'cache-control': IMMUTABLE,
        etag: tag,
        vary: 'Accept-Encoding',
      });
      if (clientHas(request, tag)) {
        endResponse(notModified(headers, fetchAPI));
        return;
      }
      let body = asset.body;
      if (encoding) {
        headers.set('content-encoding', encoding);
        body = await encodedOnce(asset, encoding);
      }
      endResponse(new fetchAPI.Response(request.method === 'HEAD' ? null : body, { headers }));
    },
  };

  return { render, plugin, paths };
}

function encodedOnce(asset: Asset, encoding: Encoding): Promise<Buffer<ArrayBuffer>> {
  let encoded = asset.encoded.get(encoding);
  if (!encoded) {
    encoded = compress(asset.body, encoding, 'once');
    asset.encoded.set(encoding, encoded);
  }
  return encoded;
}

/** JSON safe inside <script>: no `</script>` or `<!--` can end it early. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

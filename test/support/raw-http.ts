import { request } from 'node:http';

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  /** The bytes as sent: still compressed when the server compressed them. */
  body: Buffer;
}

/**
 * One GET over node:http, which (unlike fetch) neither adds Accept-Encoding nor decodes the body:
 * what the tests see is what went over the wire.
 */
export function rawGet(url: string, headers: Record<string, string> = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const outgoing = request(url, { method: 'GET', headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }),
      );
      response.on('error', reject);
    });
    outgoing.on('error', reject);
    outgoing.end();
  });
}

/** `/graphql?query=…` for a GET query. */
export function getUrl(endpoint: string, query: string, variables?: Record<string, unknown>): string {
  const url = new URL(endpoint);
  url.searchParams.set('query', query);
  if (variables) url.searchParams.set('variables', JSON.stringify(variables));
  return url.toString();
}

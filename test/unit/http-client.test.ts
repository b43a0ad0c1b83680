import { describe, expect, it } from 'vitest';
import { createUpstreamHttp, UpstreamFailureError } from '../../src/upstream/http-client.js';

/** A fetch that answers from a script and records what it was sent. */
function scripted(answers: (() => Response)[]) {
  const sent: Request[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    sent.push(new Request(input, init));
    const next = answers.shift();
    if (!next) throw new Error('no more answers scripted');
    return next();
  };
  return { sent, fetch: fetch as typeof globalThis.fetch };
}

const settings = { timeoutMs: 2_000, retryLimit: 2, retryBaseDelayMs: 1, maxRetryAfterMs: 1_000 };
const json =
  (status: number, headers: Record<string, string> = {}) =>
  () =>
    new Response(JSON.stringify(status < 400 ? [] : { code: 'x' }), {
      status,
      headers: { 'content-type': 'application/json', ...headers },
    });

function client(fetch: typeof globalThis.fetch, honourShouldRetryHeader: boolean) {
  return createUpstreamHttp({
    ...settings,
    baseUrl: 'http://upstream.invalid',
    authorization: 'APIKey secret',
    retryStatusCodes: [500, 502, 503],
    honourShouldRetryHeader,
    userAgent: 'cloud-image-catalog/9.9.9',
    fetch,
  });
}

const read = (body: unknown) => body;

describe('upstream HTTP client', () => {
  it('names the service in User-Agent', async () => {
    const { sent, fetch } = scripted([json(200)]);
    await client(fetch, true).getJson('v2/regions', { read });
    expect(sent[0]!.headers.get('user-agent')).toBe('cloud-image-catalog/9.9.9');
  });

  it('honours x-should-retry as the Gcore SDKs do: false stops a retry, true forces one', async () => {
    const stopped = scripted([json(503, { 'x-should-retry': 'false' })]);
    await expect(client(stopped.fetch, true).getJson('a', { read })).rejects.toBeInstanceOf(UpstreamFailureError);
    expect(stopped.sent).toHaveLength(1);

    const forced = scripted([json(400, { 'x-should-retry': 'true' }), json(200)]);
    await expect(client(forced.fetch, true).getJson('a', { read })).resolves.toEqual([]);
    expect(forced.sent).toHaveLength(2);
  });

  it('ignores x-should-retry for a provider whose SDK does not send or read it', async () => {
    const plain = scripted([json(400, { 'x-should-retry': 'true' })]);
    await expect(client(plain.fetch, false).getJson('a', { read })).rejects.toBeInstanceOf(UpstreamFailureError);
    expect(plain.sent).toHaveLength(1);
  });
});

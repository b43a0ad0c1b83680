import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { partitionCount } from '../support/catalog-expectations.js';
import { startStack, type Stack } from '../support/stack.js';

const Search = graphql(`
  query CancellableSearch {
    images {
      totalCount
    }
  }
`);

/** Polls `condition` every 20 ms until it holds or `ms` pass; returns whether it held. */
async function eventually(condition: () => boolean, ms: number): Promise<boolean> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (condition()) return true;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return condition();
}

let stack: Stack;
beforeAll(async () => {
  // A budget far longer than the test: only the client's cancellation can end the calls.
  stack = await startStack({ env: { UPSTREAM_TIMEOUT_MS: '20000' } });
  await stack.query(Search); // discovery is cached; the test is about the image listings
});
afterAll(() => stack.close());

describe('a cancelled GraphQL request', () => {
  it('aborts its upstream calls', async () => {
    stack.emulator.addFault({ target: { provider: 'civo', route: 'GET /v2/disk_images' }, fault: { kind: 'hang' } });
    stack.emulator.addFault({
      target: { provider: 'gcore', route: 'GET /cloud/v1/images/:project/:region' },
      fault: { kind: 'hang' },
    });
    const client = new AbortController();
    const answer = stack.query(Search, {}, { signal: client.signal }).catch((error: unknown) => error);

    expect(await eventually(() => stack.emulator.inFlight() === partitionCount, 5000)).toBe(true);
    client.abort();
    expect(await answer).toBeInstanceOf(Error);
    // Every hung listing was dropped by our side, long before UPSTREAM_TIMEOUT_MS.
    expect(await eventually(() => stack.emulator.inFlight() === 0, 2000)).toBe(true);
    // A client hanging up is not an upstream outage: nothing for operators to chase.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(stack.logs.filter((line) => line.includes('upstream failure'))).toEqual([]);

    // And the service is fine for the next request.
    stack.emulator.clearFaults();
    const { data, errors } = await stack.query(Search);
    expect(errors).toBeUndefined();
    expect(data!.images!.totalCount).toBeGreaterThan(0);
  });
});

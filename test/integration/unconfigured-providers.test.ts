import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { catalogRows } from '../support/catalog-expectations.js';
import { startStack, type Stack } from '../support/stack.js';

/**
 * A provider without a key that a filter names — by `providers`, or implicitly through its
 * region codes or Gcore project ids — is a failed part of the answer, never an empty one.
 */

const NamedSearch = graphql(`
  query NamedSearch($filter: ImageFilter) {
    images(filter: $filter) {
      totalCount
      edges {
        node {
          provider
          region {
            code
          }
        }
      }
      coverage {
        requested
        answered
        complete
        failed {
          provider
          region
          projectId
          code
        }
      }
    }
  }
`);

const rows = catalogRows();
const notConfigured = (provider: 'CIVO' | 'GCORE') => ({
  provider,
  region: null,
  projectId: null,
  code: 'PROVIDER_NOT_CONFIGURED',
});

describe('only Civo configured', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ env: { GCORE_API_KEY: undefined } });
  });
  afterAll(() => stack.close());

  it.each([
    ['a Gcore region id', { regions: ['76'] }],
    ['Gcore project ids', { gcoreProjectIds: [1000001] }],
  ])('reports Gcore named through %s as not configured', async (_how, filter) => {
    const { data, errors } = await stack.query(NamedSearch, { filter });
    const civo = 'regions' in filter ? [] : rows.filter((row) => row.available && row.provider === 'CIVO');
    expect(data!.images!.totalCount).toBe(civo.length);
    expect(data!.images!.coverage.failed).toEqual([notConfigured('GCORE')]);
    expect(data!.images!.coverage.complete).toBe(false);
    expect(data!.images!.coverage.answered).toBe(data!.images!.coverage.requested - 1);
    expect(errors).toHaveLength(1);
    expect(errors![0]).toMatchObject({
      path: ['images'],
      extensions: { code: 'PROVIDER_NOT_CONFIGURED', provider: 'GCORE', partial: true },
    });
    expect(stack.emulator.count({ provider: 'gcore' })).toBe(0);
  });

  it('answers the Civo part of a mixed region filter and reports the Gcore part as failed, as providers: [GCORE] does', async () => {
    const { data, errors } = await stack.query(NamedSearch, { filter: { regions: ['LON1', '76'] } });
    expect(data!.images!.totalCount).toBe(rows.filter((row) => row.available && row.region === 'LON1').length);
    expect(data!.images!.coverage).toEqual({
      requested: 2,
      answered: 1,
      complete: false,
      failed: [notConfigured('GCORE')],
    });
    expect(errors).toHaveLength(1);
    const byName = await stack.query(NamedSearch, {
      filter: { providers: ['CIVO', 'GCORE'], regions: ['LON1', '76'] },
    });
    expect(byName.data).toEqual(data);

    // A filter that names no Gcore region or project leaves Gcore out without a failure.
    for (const filter of [{}, { regions: ['LON1'] }, { distributions: ['ubuntu'] }]) {
      const plain = await stack.query(NamedSearch, { filter });
      expect(plain.errors, JSON.stringify(filter)).toBeUndefined();
      expect(plain.data!.images!.coverage.complete).toBe(true);
    }
  });
});

describe('only Gcore configured', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ env: { CIVO_API_KEY: undefined } });
  });
  afterAll(() => stack.close());

  it('reports Civo named through a region code as not configured', async () => {
    const { data, errors } = await stack.query(NamedSearch, { filter: { regions: ['lon1'] } });
    expect(data!.images!).toMatchObject({
      totalCount: 0,
      coverage: { requested: 1, answered: 0, complete: false, failed: [notConfigured('CIVO')] },
    });
    expect(errors).toHaveLength(1);
    expect(errors![0]!.extensions).toMatchObject({ code: 'PROVIDER_NOT_CONFIGURED', provider: 'CIVO' });
    expect(stack.emulator.count({ provider: 'civo' })).toBe(0);
  });
});

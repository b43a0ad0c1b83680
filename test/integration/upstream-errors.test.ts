import { createServer as createHttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_CIVO_API_KEY, DEMO_GCORE_API_KEY } from '../../src/emulator/server.js';
import { gcoreProjects, gcoreRegions } from '../../src/providers/gcore/emulator/catalog.js';
import { graphql } from '../gql/index.js';
import { startStack, type Stack } from '../support/stack.js';

const Civo = graphql(`
  query CivoOnly($region: String) {
    civoDiskImages(region: $region) {
      imageId
    }
  }
`);
const Gcore = graphql(`
  query GcoreOnly($regionId: Int!) {
    gcoreImages(regionId: $regionId) {
      imageId
    }
  }
`);
const Both = graphql(`
  query BothClouds($region: String, $regionId: Int!) {
    civoDiskImages(region: $region) {
      imageId
    }
    gcoreImages(regionId: $regionId) {
      imageId
    }
  }
`);

const project = gcoreProjects.find((candidate) => candidate.is_default)!;
const region = gcoreRegions.find((candidate) => candidate.state === 'ACTIVE')!;
const gcorePartition = { provider: 'gcore' as const, projectId: project.id, regionId: region.id };
const civoPartition = { provider: 'civo' as const, region: 'LON1' };

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack.close());
afterEach(() => {
  stack.emulator.clearFaults();
  stack.emulator.resetRequests();
});

describe('upstream faults become coded errors, per partition', () => {
  it('a 5xx (nginx HTML) is retried, then UPSTREAM_UNAVAILABLE; the other provider still answers', async () => {
    stack.emulator.addFault({ target: civoPartition, fault: { kind: 'status', status: 502 } });
    const { data, errors } = await stack.query(Both, { region: 'LON1', regionId: region.id });
    expect(errors).toHaveLength(1);
    expect(errors![0]!.path).toEqual(['civoDiskImages']);
    expect(errors![0]!.extensions).toMatchObject({
      code: 'UPSTREAM_UNAVAILABLE',
      provider: 'CIVO',
      region: 'LON1',
      upstreamStatus: 502,
      reason: 'HTTP_STATUS',
      retryable: true,
    });
    expect(data!.gcoreImages!.length).toBeGreaterThan(0);
    // Civo's own SDK and CLI never retry: one retry at most (UPSTREAM_RETRY_LIMIT is 2 here).
    expect(stack.emulator.count({ route: 'GET /v2/disk_images' })).toBe(2);
  });

  it.each([
    ['a Civo 400', civoPartition, Civo, { region: 'LON1' }, 400, 'GET /v2/disk_images'],
    ['a Gcore 418', gcorePartition, Gcore, { regionId: region.id }, 418, 'GET /cloud/v1/images/:project/:region'],
  ] as const)(
    '%s is UPSTREAM_UNAVAILABLE but not retryable: the same request would be refused again',
    async (_name, target, query, variables, status, route) => {
      stack.emulator.addFault({ target, fault: { kind: 'status', status } });
      const { errors } = await stack.query(query as typeof Civo, variables as { region: string });
      expect(errors![0]!.extensions).toMatchObject({
        code: 'UPSTREAM_UNAVAILABLE',
        reason: 'HTTP_STATUS',
        upstreamStatus: status,
        retryable: false,
      });
      expect(stack.emulator.count({ route })).toBe(1);
    },
  );

  it('a brief 503 is retried and recovers', async () => {
    stack.emulator.addFault({ target: gcorePartition, fault: { kind: 'status', status: 503 }, times: 1 });
    const { data, errors } = await stack.query(Gcore, { regionId: region.id });
    expect(errors).toBeUndefined();
    expect(data!.gcoreImages!.length).toBeGreaterThan(0);
  });

  it('a 429 asking for longer than we wait answers UPSTREAM_RATE_LIMITED at once, with the wait', async () => {
    stack.emulator.addFault({ target: gcorePartition, fault: { kind: 'status', status: 429, retryAfter: '30' } });
    const { errors } = await stack.query(Gcore, { regionId: region.id });
    expect(errors![0]!.extensions).toMatchObject({
      code: 'UPSTREAM_RATE_LIMITED',
      provider: 'GCORE',
      projectId: project.id,
      regionId: region.id,
      retryAfterSeconds: 30,
      retryable: true,
    });
    expect(stack.emulator.count({ route: 'GET /cloud/v1/images/:project/:region' })).toBe(1);
  });

  it('a 429 with a short Retry-After is waited for and retried', async () => {
    stack.emulator.addFault({
      target: civoPartition,
      fault: { kind: 'status', status: 429, retryAfter: '0.05' },
      times: 1,
    });
    const { errors } = await stack.query(Civo, { region: 'LON1' });
    expect(errors).toBeUndefined();
    expect(stack.emulator.count({ route: 'GET /v2/disk_images' })).toBe(2);
  });

  it('a malformed body is UPSTREAM_UNAVAILABLE', async () => {
    stack.emulator.addFault({ target: gcorePartition, fault: { kind: 'malformed' } });
    const { errors } = await stack.query(Gcore, { regionId: region.id });
    expect(errors![0]!.extensions).toMatchObject({
      code: 'UPSTREAM_UNAVAILABLE',
      provider: 'GCORE',
      reason: 'MALFORMED_BODY',
      detail: 'the body is not JSON',
    });
  });

  it.each([
    ['Civo', civoPartition, Civo, { region: 'LON1' }, 'none of the 1 disk_image entries has a readable id and name'],
    ['Gcore', gcorePartition, Gcore, { regionId: region.id }, 'none of the 1 image entries has a readable id and name'],
  ] as const)(
    'valid JSON of which no %s item can be read is UPSTREAM_UNAVAILABLE naming what is missing, not a crash',
    async (_name, target, query, variables, detail) => {
      stack.emulator.addFault({ target, fault: { kind: 'wrongShape' } });
      const { data, errors } = await stack.query(query as typeof Civo, variables as { region: string });
      expect(data).toEqual({ [query === Civo ? 'civoDiskImages' : 'gcoreImages']: null });
      expect(errors).toHaveLength(1);
      expect(errors![0]!.extensions).toMatchObject({
        code: 'UPSTREAM_UNAVAILABLE',
        provider: target.provider.toUpperCase(),
        reason: 'MALFORMED_BODY',
        upstreamStatus: 200,
        detail,
      });
      expect(errors![0]!.message).not.toMatch(/Unexpected error|TypeError/);
    },
  );

  it('a hung upstream answers UPSTREAM_UNAVAILABLE within the timeout', async () => {
    stack.emulator.addFault({ target: civoPartition, fault: { kind: 'hang' } });
    const started = Date.now();
    const { errors } = await stack.query(Civo, { region: 'LON1' });
    expect(errors![0]!.extensions).toMatchObject({
      code: 'UPSTREAM_UNAVAILABLE',
      provider: 'CIVO',
      region: 'LON1',
      reason: 'TIMEOUT',
    });
    // The stack's UPSTREAM_TIMEOUT_MS is 1500: a hang must not outlive it by much.
    expect(Date.now() - started).toBeLessThan(4000);
  });
});

describe('auth failures', () => {
  it('maps a wrong Civo key (404 database_account_not_found) and a wrong Gcore token (401) to UPSTREAM_UNAUTHORIZED', async () => {
    const wrong = await startStack({ env: { CIVO_API_KEY: 'wrong-civo-key-123', GCORE_API_KEY: '1_wrongtoken' } });
    try {
      const { errors } = await wrong.query(Both, { region: 'LON1', regionId: region.id });
      const byPath = Object.fromEntries(errors!.map((error) => [error.path![0], error.extensions]));
      expect(byPath.civoDiskImages).toMatchObject({
        code: 'UPSTREAM_UNAUTHORIZED',
        provider: 'CIVO',
        upstreamStatus: 404,
        upstreamCode: 'database_account_not_found',
      });
      expect(byPath.gcoreImages).toMatchObject({
        code: 'UPSTREAM_UNAUTHORIZED',
        provider: 'GCORE',
        upstreamStatus: 401,
      });
      const text = JSON.stringify(errors);
      expect(text).not.toContain('wrong-civo-key-123');
      expect(text).not.toContain('1_wrongtoken');
    } finally {
      await wrong.close();
    }
  });

  it('logs one warning per failed partition for operators, without the key', async () => {
    stack.logs.length = 0;
    stack.emulator.addFault({ target: civoPartition, fault: { kind: 'status', status: 503, retryAfter: '30' } });
    stack.emulator.addFault({ target: gcorePartition, fault: { kind: 'status', status: 401 } });
    await stack.post({
      query:
        '{ images(filter: { regions: ["LON1", "FRA1"] }) { totalCount } gcoreImages(regionId: ' +
        region.id +
        ') { imageId } }',
    });
    const warnings = stack
      .logRecords()
      .filter((record) => record.level === 'warn' && record.msg.startsWith('upstream failure'))
      .map((record) => record.msg);
    expect(warnings).toHaveLength(2);
    expect(warnings).toEqual(
      expect.arrayContaining([
        'upstream failure (CIVO region LON1): UPSTREAM_UNAVAILABLE HTTP_STATUS 503 retry after 30 s: Civo failed to answer in region LON1 (HTTP 503). [at images]',
        `upstream failure (GCORE project ${project.id} region ${region.id}): UPSTREAM_UNAUTHORIZED HTTP_STATUS 401: Gcore rejected the API key. [at gcoreImages]`,
      ]),
    );
    expect(stack.logs.join('\n')).not.toContain(DEMO_CIVO_API_KEY);
    expect(stack.logs.join('\n')).not.toContain(DEMO_GCORE_API_KEY);
  });

  it('never puts an API key in a response', async () => {
    stack.emulator.addFault({ target: civoPartition, fault: { kind: 'status', status: 500 } });
    const response = await stack.post({
      query: '{ civoDiskImages(region: "LON1") { imageId } gcoreImages(regionId: 999999) { imageId } }',
    });
    const text = await response.text();
    expect(text).toContain('UPSTREAM_');
    expect(text).not.toContain(DEMO_CIVO_API_KEY);
    expect(text).not.toContain(DEMO_GCORE_API_KEY);
  });
});

describe('an upstream that echoes the key back', () => {
  it('never gets it into a response or a log', async () => {
    // Bodies that quote the Authorization header: Gcore in invalid_fields, Civo in its error code.
    const echo = createHttpServer((req, res) => {
      const sent = req.headers.authorization ?? '';
      res.setHeader('content-type', 'application/json');
      if (req.url?.startsWith('/v2/')) {
        res.statusCode = 429;
        res.end(JSON.stringify({ code: `rate_limited_for ${sent}`, reason: `slow down, ${sent}` }));
      } else {
        res.statusCode = 400;
        res.end(
          JSON.stringify({
            exception_class: 'ValidationError',
            message: sent,
            request_id: 'r1',
            invalid_fields: { name: [`bad value with ${sent}`] },
          }),
        );
      }
    });
    await new Promise<void>((resolve) => echo.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(echo.address() as AddressInfo).port}`;
    const civoKey = 'civo-secret-key-1234567';
    const gcoreKey = '4242$gcore-secret-token-89';
    const own = await startStack({
      env: {
        CIVO_API_URL: url,
        GCORE_API_URL: url,
        CIVO_API_KEY: civoKey,
        GCORE_API_KEY: gcoreKey,
        UPSTREAM_RETRY_LIMIT: '0',
      },
    });
    try {
      const response = await own.post({
        query:
          '{ civoDiskImages(region: "LON1") { imageId } gcoreImages(projectId: 1, regionId: 1, name: "x") { imageId } }',
      });
      const text = await response.text();
      const { errors } = JSON.parse(text) as { errors: { extensions: Record<string, unknown> }[] };
      expect(errors.map((error) => error.extensions.code).sort()).toEqual([
        'UPSTREAM_RATE_LIMITED',
        'UPSTREAM_UNAVAILABLE',
      ]);
      // A code-shaped upstream code is passed on; one that is not (it quotes the header) is dropped,
      // and Gcore's invalid_fields (which quote the request) never reach the client.
      const byProvider = Object.fromEntries(errors.map((error) => [error.extensions.provider, error.extensions]));
      expect(byProvider.GCORE).toMatchObject({
        upstreamCode: 'ValidationError',
        upstreamStatus: 400,
        retryable: false,
      });
      expect(byProvider.CIVO!.upstreamCode).toBeUndefined();
      expect(text).not.toContain('bad value');
      expect(text).not.toContain('rate_limited_for');
      for (const secret of [civoKey, gcoreKey]) {
        expect(text).not.toContain(secret);
        expect(own.logs.join('\n')).not.toContain(secret);
      }
    } finally {
      await own.close();
      echo.closeAllConnections();
      await new Promise((resolve) => echo.close(resolve));
    }
  });
});

describe('an upstream that echoes the key mangled', () => {
  it('leaks no fragment of it into responses or logs, and drops an upstreamCode that held one', async () => {
    // Code-shaped echoes (they pass the upstreamCode format): one character changed, cut short,
    // upper-cased, pieces interleaved with other text.
    const mangle = (key: string) => ({
      changed: `${key.slice(0, 20)}X${key.slice(21)}`,
      short: key.slice(3, 40),
      upper: key.slice(0, 30).toUpperCase(),
      interleaved: `${key.slice(0, 9)}.zz.${key.slice(12, 22)}.zz.${key.slice(30)}`,
    });
    const civo = mangle(DEMO_CIVO_API_KEY);
    const gcore = mangle(DEMO_GCORE_API_KEY);
    const echoes = { civo: Object.values(civo), gcore: Object.values(gcore) };
    let served = 0;
    const own = await startStack({
      env: { UPSTREAM_RETRY_LIMIT: '0' },
      rewrite: async (url, response) => {
        if (!url.pathname.includes('images')) return response;
        const echo = (url.pathname.startsWith('/v2/') ? echoes.civo : echoes.gcore)[served++ % 4]!;
        const body = url.pathname.startsWith('/v2/')
          ? { code: echo, reason: `unknown key ${echo}` }
          : { exception_class: echo, message: `unknown key ${echo}` };
        return Response.json(body, { status: 429 });
      },
    });
    try {
      for (let round = 0; round < 4; round++) {
        const response = await own.post({
          query: `{ civoDiskImages(region: "LON1") { imageId } gcoreImages(regionId: ${region.id}) { imageId } }`,
        });
        const text = await response.text();
        const { errors } = JSON.parse(text) as { errors: { extensions: Record<string, unknown> }[] };
        expect(errors.map((error) => error.extensions.code)).toEqual([
          'UPSTREAM_RATE_LIMITED',
          'UPSTREAM_RATE_LIMITED',
        ]);
        for (const error of errors) expect(error.extensions.upstreamCode).toBeUndefined();
        for (const [key, where] of [
          [DEMO_CIVO_API_KEY, text],
          [DEMO_GCORE_API_KEY, text],
          [DEMO_CIVO_API_KEY, own.logs.join('\n')],
          [DEMO_GCORE_API_KEY, own.logs.join('\n')],
        ] as const)
          expect(fragmentsOf(key, where)).toEqual([]);
      }
      expect(served).toBe(8);
    } finally {
      await own.close();
    }
  });
});

describe('an upstream that echoes the key into its data', () => {
  it('serves the data with the key cut out: no run of 16 of its characters reaches an answer', async () => {
    // Whole, upper-cased, and with one character changed: each leaves runs of 16 or more.
    const echoes = [
      DEMO_CIVO_API_KEY,
      DEMO_CIVO_API_KEY.toUpperCase(),
      `${DEMO_CIVO_API_KEY.slice(0, 20)}X${DEMO_CIVO_API_KEY.slice(21)}`,
    ];
    const own = await startStack({
      rewrite: async (url, response) => {
        if (url.pathname !== '/v2/regions') return response;
        const regions = (await response.json()) as { code: string; name: string }[];
        return Response.json(regions.map((item, index) => ({ ...item, name: `${item.name} ${echoes[index % 3]}` })));
      },
    });
    try {
      const response = await own.post({ query: '{ civoRegions { code name } }' });
      const text = await response.text();
      const { data } = JSON.parse(text) as { data: { civoRegions: { code: string; name: string }[] } };
      expect(data.civoRegions.length).toBeGreaterThanOrEqual(3);
      // The rest of each name stays; only the key's runs go.
      for (const region of data.civoRegions) expect(region.name).toMatch(/^\S.* \[redacted\]/);
      expect(runsOf(DEMO_CIVO_API_KEY, text, 16)).toEqual([]);
    } finally {
      await own.close();
    }
  });
});

/** Every run of `length` characters of `key` that `text` contains, case ignored. */
function runsOf(key: string, text: string, length: number): string[] {
  const runs: string[] = [];
  for (let start = 0; start + length <= key.length; start++) {
    const run = key.slice(start, start + length).toLowerCase();
    if (text.toLowerCase().includes(run)) runs.push(run);
  }
  return runs;
}

/** Every run of 6 characters of `key` that `text` contains, case ignored. */
function fragmentsOf(key: string, text: string): string[] {
  return runsOf(key, text, 6);
}

describe('a provider without a key', () => {
  it('answers PROVIDER_NOT_CONFIGURED for its fields and serves the other', async () => {
    const civoOnly = await startStack({ env: { GCORE_API_KEY: undefined } });
    try {
      const { data, errors } = await civoOnly.query(Both, { region: 'LON1', regionId: region.id });
      expect(errors).toHaveLength(1);
      expect(errors![0]!.extensions).toMatchObject({ code: 'PROVIDER_NOT_CONFIGURED', provider: 'GCORE' });
      expect(data!.civoDiskImages!.length).toBeGreaterThan(0);
      expect(civoOnly.emulator.count({ provider: 'gcore' })).toBe(0);
    } finally {
      await civoOnly.close();
    }
  });
});

describe('retries fit the call budget (UPSTREAM_TIMEOUT_MS)', () => {
  // A budget of 1 s, a Retry-After we would otherwise honour (up to 5 s) and a first backoff of 2 s.
  const tight = { UPSTREAM_TIMEOUT_MS: '1000', UPSTREAM_MAX_RETRY_AFTER_MS: '5000', UPSTREAM_RETRY_DELAY_MS: '2000' };

  it.each([
    [
      'a 429 whose Retry-After outlasts the budget',
      { kind: 'status', status: 429, retryAfter: '3' },
      { code: 'UPSTREAM_RATE_LIMITED', upstreamStatus: 429, retryAfterSeconds: 3 },
    ],
    [
      'a 503 whose Retry-After outlasts the budget',
      { kind: 'status', status: 503, retryAfter: '3' },
      { code: 'UPSTREAM_UNAVAILABLE', upstreamStatus: 503, retryAfterSeconds: 3 },
    ],
    [
      'a 500 whose backoff outlasts the budget',
      { kind: 'status', status: 500 },
      { code: 'UPSTREAM_UNAVAILABLE', upstreamStatus: 500 },
    ],
  ] as const)(
    '%s answers the upstream status at once instead of sleeping into a timeout',
    async (_name, fault, expected) => {
      const own = await startStack({ env: tight });
      try {
        own.emulator.addFault({ target: civoPartition, fault });
        const { errors } = await own.query(Civo, { region: 'LON1' });
        expect(errors).toHaveLength(1);
        expect(errors![0]!.extensions).toMatchObject({
          ...expected,
          reason: 'HTTP_STATUS',
          provider: 'CIVO',
          region: 'LON1',
        });
        expect(own.emulator.count({ route: 'GET /v2/disk_images' })).toBe(1);
      } finally {
        await own.close();
      }
    },
  );

  it('an unreachable upstream is UPSTREAM_UNAVAILABLE with reason UNREACHABLE', async () => {
    // A port that was just free: nothing listens there.
    const closed = await startStack();
    const deadUrl = closed.emulator.url;
    await closed.close();
    const own = await startStack({ env: { CIVO_API_URL: deadUrl, UPSTREAM_RETRY_LIMIT: '0' } });
    try {
      const { errors } = await own.query(Civo, { region: 'LON1' });
      expect(errors![0]!.extensions).toMatchObject({
        code: 'UPSTREAM_UNAVAILABLE',
        reason: 'UNREACHABLE',
        provider: 'CIVO',
        region: 'LON1',
      });
    } finally {
      await own.close();
    }
  });
});

describe('an account with nothing in it', () => {
  it('answers UPSTREAM_NOT_FOUND for a defaulted region or project, not an unexpected error', async () => {
    // Another server that speaks the contract: a key that sees no Civo region and no Gcore project.
    const empty = createHttpServer((req, res) => {
      res.setHeader('content-type', 'application/json');
      res.end(req.url?.startsWith('/v2/regions') ? '[]' : '{"count": 0, "results": []}');
    });
    await new Promise<void>((resolve) => empty.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(empty.address() as AddressInfo).port}`;
    const own = await startStack({ env: { CIVO_API_URL: url, GCORE_API_URL: url } });
    try {
      const { data, errors } = await own.query(Both, { regionId: 76 });
      expect(data).toEqual({ civoDiskImages: null, gcoreImages: null });
      const byPath = Object.fromEntries(errors!.map((error) => [error.path![0], error]));
      expect(byPath.civoDiskImages).toMatchObject({
        message: expect.stringContaining('pass `region`'),
        extensions: { code: 'UPSTREAM_NOT_FOUND', provider: 'CIVO' },
      });
      expect(byPath.gcoreImages).toMatchObject({
        message: expect.stringContaining('pass `projectId`'),
        extensions: { code: 'UPSTREAM_NOT_FOUND', provider: 'GCORE' },
      });
    } finally {
      await own.close();
      empty.closeAllConnections();
      await new Promise((resolve) => empty.close(resolve));
    }
  });
});

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, withDemoProviders, type AppConfig } from '../../src/config.js';
import { DEFAULT_CIVO_API_URL, type CivoConfig } from '../../src/providers/civo/settings.js';
import { DEFAULT_GCORE_API_URL, type GcoreConfig } from '../../src/providers/gcore/settings.js';

// Each provider reads its own settings; the app config holds them by provider name.
const civo = (config: AppConfig) => config.providers.get('CIVO')?.config as CivoConfig | null;
const gcore = (config: AppConfig) => config.providers.get('GCORE')?.config as GcoreConfig | null;
const demoAt = (config: AppConfig, apiKeys = { CIVO: 'civo-demo', GCORE: 'gcore-demo' }) =>
  withDemoProviders(config, { apiUrl: 'http://127.0.0.1:1234', apiKeys });

describe('loadConfig', () => {
  it('is demo mode with no key at all, and then configures no provider itself', () => {
    const config = loadConfig({});
    expect(config.demo).toBe(true);
    expect(civo(config)).toBeNull();
    expect(gcore(config)).toBeNull();
    expect(config.port).toBe(4000);
    expect(config.queryLimits).toEqual({
      maxAliases: 30,
      maxTokens: 2_000,
      maxDepth: 20,
      maxDirectives: 50,
      maxCost: 100_000,
    });
    expect([...config.providers.keys()]).toEqual(['CIVO', 'GCORE']);
    expect(config.ignoredInDemo).toEqual([]);
    expect(config.demoLatencyMs).toBe(0);
  });

  it('reads CORS_ORIGINS as exact origins (any origin when unset or *) and MAX_REQUEST_BYTES', () => {
    expect(loadConfig({}).http).toEqual({ corsOrigins: null, maxRequestBytes: 65_536 });
    expect(loadConfig({ CORS_ORIGINS: '*' }).http.corsOrigins).toBeNull();
    expect(
      loadConfig({ CORS_ORIGINS: 'https://a.example, http://localhost:3000', MAX_REQUEST_BYTES: '4096' }).http,
    ).toEqual({ corsOrigins: ['https://a.example', 'http://localhost:3000'], maxRequestBytes: 4096 });
  });

  it('reads LOG_LEVEL (info by default, debug with DEBUG=1 as before) and refuses an unknown level', () => {
    expect(loadConfig({}).logLevel).toBe('info');
    expect(loadConfig({ DEBUG: '1' }).logLevel).toBe('debug');
    expect(loadConfig({ LOG_LEVEL: 'WARN' }).logLevel).toBe('warn');
    expect(loadConfig({ LOG_LEVEL: 'error', DEBUG: '1' }).logLevel).toBe('error');
    expect(loadConfig({ LOG_LEVEL: 'silent' }).logLevel).toBe('silent');
    expect(() => loadConfig({ LOG_LEVEL: 'loud' })).toThrow(
      new ConfigError('LOG_LEVEL', '"loud" is not one of debug, info, warn, error, silent'),
    );
  });

  it('reads OTEL_EXPORTER_OTLP_ENDPOINT as a URL, tracing off when unset', () => {
    expect(loadConfig({}).tracingEndpoint).toBeNull();
    expect(loadConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318/' }).tracingEndpoint).toBe(
      'http://collector:4318',
    );
    expect(() => loadConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'collector' })).toThrow(/^OTEL_EXPORTER_OTLP_ENDPOINT: /);
  });

  it('configures only the provider that has a key, with default URLs', () => {
    const config = loadConfig({ CIVO_API_KEY: 'k' });
    expect(config.demo).toBe(false);
    expect(civo(config)).toEqual({ apiKey: 'k', apiUrl: DEFAULT_CIVO_API_URL });
    expect(gcore(config)).toBeNull();
    expect(gcore(loadConfig({ GCORE_API_KEY: 't' }))).toEqual({ apiKey: 't', apiUrl: DEFAULT_GCORE_API_URL });
  });

  it('parses lists, upper-cases Civo regions and drops duplicates', () => {
    const config = loadConfig({
      CIVO_API_KEY: 'k',
      CIVO_REGIONS: 'lon1, FRA1,lon1',
      GCORE_API_KEY: 't',
      GCORE_PROJECT_IDS: '12,034',
      GCORE_REGION_IDS: '76',
      GCORE_API_URL: 'http://127.0.0.1:9999/',
      PORT: '8080',
    });
    expect(civo(config)?.regions).toEqual(['LON1', 'FRA1']);
    expect(gcore(config)?.projectIds).toEqual([12, 34]);
    expect(gcore(config)?.regionIds).toEqual([76]);
    expect(gcore(config)?.apiUrl).toBe('http://127.0.0.1:9999');
    expect(config.port).toBe(8080);
  });

  it.each([
    ['CIVO_API_URL', { CIVO_API_KEY: 'k', CIVO_API_URL: 'not a url' }],
    ['CIVO_API_URL', { CIVO_API_KEY: 'k', CIVO_API_URL: 'ftp://x' }],
    ['GCORE_PROJECT_IDS', { GCORE_API_KEY: 't', GCORE_PROJECT_IDS: '12,abc' }],
    ['GCORE_REGION_IDS', { GCORE_API_KEY: 't', GCORE_REGION_IDS: '-3' }],
    ['CIVO_REGIONS', { CIVO_API_KEY: 'k', CIVO_REGIONS: 'lon/1' }],
    ['PORT', { PORT: 'eighty' }],
    ['UPSTREAM_TIMEOUT_MS', { UPSTREAM_TIMEOUT_MS: '0' }],
    ['MAX_QUERY_ALIASES', { MAX_QUERY_ALIASES: 'many' }],
    // Demo mode (no key at all) validates every set variable too.
    ['GCORE_PROJECT_IDS', { GCORE_PROJECT_IDS: '12x' }],
    ['GCORE_REGION_IDS', { GCORE_REGION_IDS: '76,0' }],
    ['CIVO_REGIONS', { CIVO_REGIONS: 'lon1,fra 1' }],
    ['CIVO_REGIONS', { CIVO_REGIONS: ' , ' }],
    ['CIVO_API_URL', { CIVO_API_URL: 'not a url' }],
    ['GCORE_API_URL', { GCORE_API_URL: 'ftp://example.com' }],
    ['GCORE_API_URL', { GCORE_API_URL: 'http://127.0.0.1:9999/?x=1' }],
    // A provider's variables are validated even when only the other provider has a key.
    ['GCORE_PROJECT_IDS', { CIVO_API_KEY: 'k', GCORE_PROJECT_IDS: '12x' }],
    ['GCORE_API_URL', { CIVO_API_KEY: 'k', GCORE_API_URL: 'nope' }],
    ['CIVO_REGIONS', { GCORE_API_KEY: 't', CIVO_REGIONS: 'lon/1' }],
    ['CIVO_API_URL', { GCORE_API_KEY: 't', CIVO_API_URL: 'nope' }],
    ['EMULATOR_LATENCY_MS', { EMULATOR_LATENCY_MS: 'slow' }],
    ['EMULATOR_LATENCY_MS', { EMULATOR_LATENCY_MS: '1.5' }],
    ['EMULATOR_LATENCY_MS', { EMULATOR_LATENCY_MS: '-1' }],
    ['EMULATOR_LATENCY_MS', { EMULATOR_LATENCY_MS: '60001' }],
    ['EMULATOR_LATENCY_MS', { CIVO_API_KEY: 'k', EMULATOR_LATENCY_MS: 'slow' }],
    ['CIVO_API_KEY', { CIVO_API_KEY: 'secret-part\nrest' }],
    ['GCORE_API_KEY', { GCORE_API_KEY: 'secret-part\u00e9' }],
    ['CATALOG_TTL_SECONDS', { CATALOG_TTL_SECONDS: 'soon' }],
    ['CATALOG_WARM_UP', { CATALOG_WARM_UP: 'maybe' }],
    ['REDIS_URL', { REDIS_URL: 'http://secret-part@localhost' }],
    ['REDIS_URL', { REDIS_URL: 'redis://:secret-part@127.0.0.1:6379/abc' }],
    ['REDIS_URL', { REDIS_URL: 'redis://:secret-part%ZZ@127.0.0.1:6379' }],
    ['UPSTREAM_MAX_CONCURRENCY', { UPSTREAM_MAX_CONCURRENCY: '0' }],
    ['MAX_NODE_IDS', { MAX_NODE_IDS: '0' }],
    ['CORS_ORIGINS', { CORS_ORIGINS: 'https://a.example/' }],
    ['CORS_ORIGINS', { CORS_ORIGINS: 'https://a.example,a.example' }],
    ['CORS_ORIGINS', { CORS_ORIGINS: 'ftp://a.example' }],
    ['MAX_REQUEST_BYTES', { MAX_REQUEST_BYTES: '100' }],
    ['CATALOG_MAX_STALE_SECONDS', { CATALOG_MAX_STALE_SECONDS: '10', CATALOG_TTL_SECONDS: '300' }],
    ['CATALOG_MAX_STALE_SECONDS', { CATALOG_MAX_STALE_SECONDS: '100', CATALOG_TTL_SECONDS: '60' }],
  ])('refuses a bad %s with a one-line message naming it (%o)', (variable, env) => {
    let error: unknown;
    try {
      loadConfig(env);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).variable).toBe(variable);
    expect((error as ConfigError).message.startsWith(`${variable}: `)).toBe(true);
    expect((error as ConfigError).message).not.toContain('\n');
    // Secrets (keys, a Redis URL's credentials) are never echoed.
    expect((error as ConfigError).message).not.toContain('secret-part');
  });

  it('parses CIVO_REGIONS, GCORE_PROJECT_IDS and GCORE_REGION_IDS in demo mode as with a key', () => {
    const env = { CIVO_REGIONS: 'lon1, FRA1,lon1', GCORE_PROJECT_IDS: '12,34', GCORE_REGION_IDS: '76' };
    const demo = loadConfig(env);
    expect(demo.demo).toBe(true);
    expect(civo(demo)).toBeNull();
    expect(gcore(demo)).toBeNull();
    const pointed = demoAt(demo);
    expect(civo(pointed)).toMatchObject({ regions: ['LON1', 'FRA1'] });
    expect(gcore(pointed)).toMatchObject({ projectIds: [12, 34], regionIds: [76] });

    const keyed = loadConfig({ ...env, CIVO_API_KEY: 'k', GCORE_API_KEY: 't' });
    expect(civo(keyed)).toEqual({ apiKey: 'k', apiUrl: DEFAULT_CIVO_API_URL, regions: ['LON1', 'FRA1'] });
    expect(gcore(keyed)).toEqual({ apiKey: 't', apiUrl: DEFAULT_GCORE_API_URL, projectIds: [12, 34], regionIds: [76] });
  });

  it('keeps the selection of a provider without a key when the other one has a key', () => {
    const config = loadConfig({ CIVO_API_KEY: 'k', GCORE_PROJECT_IDS: '7' });
    expect(config.demo).toBe(false);
    expect(gcore(config)).toBeNull();
    expect(config.providers.get('GCORE')?.pointedAt('http://x.example', 'g')).toEqual({
      apiKey: 'g',
      apiUrl: 'http://x.example',
      projectIds: [7],
    });
  });

  it('points both providers at the emulator in demo mode, keeping the selection', () => {
    const config = demoAt(loadConfig({ CIVO_REGIONS: 'lon1', GCORE_PROJECT_IDS: '34', GCORE_REGION_IDS: '76,148' }));
    expect(civo(config)).toEqual({ apiKey: 'civo-demo', apiUrl: 'http://127.0.0.1:1234', regions: ['LON1'] });
    expect(gcore(config)).toEqual({
      apiKey: 'gcore-demo',
      apiUrl: 'http://127.0.0.1:1234',
      projectIds: [34],
      regionIds: [76, 148],
    });

    const everything = demoAt(loadConfig({}), { CIVO: 'c', GCORE: 'g' });
    expect(civo(everything)).toEqual({ apiKey: 'c', apiUrl: 'http://127.0.0.1:1234' });
    expect(gcore(everything)).toEqual({ apiKey: 'g', apiUrl: 'http://127.0.0.1:1234' });

    // A provider the emulator does not speak stays unconfigured.
    expect(gcore(demoAt(loadConfig({}), { CIVO: 'c' } as { CIVO: string; GCORE: string }))).toBeNull();
  });

  it('lists valid API URLs set in demo mode as ignored, and none outside demo mode', () => {
    expect(loadConfig({ CIVO_API_URL: 'http://127.0.0.1:9999' }).ignoredInDemo).toEqual(['CIVO_API_URL']);
    expect(loadConfig({ GCORE_API_URL: 'https://gcore.example' }).ignoredInDemo).toEqual(['GCORE_API_URL']);
    expect(loadConfig({ CIVO_API_URL: 'http://a.example', GCORE_API_URL: 'http://b.example' }).ignoredInDemo).toEqual([
      'CIVO_API_URL',
      'GCORE_API_URL',
    ]);
    expect(loadConfig({ CIVO_API_URL: '  ' }).ignoredInDemo).toEqual([]);
    const keyed = loadConfig({
      CIVO_API_KEY: 'k',
      CIVO_API_URL: 'http://127.0.0.1:9999/',
      GCORE_API_URL: 'http://b.example',
    });
    expect(keyed.ignoredInDemo).toEqual([]);
    expect(civo(keyed)?.apiUrl).toBe('http://127.0.0.1:9999');
  });

  it('accepts a Redis URL with credentials and a database number', () => {
    expect(loadConfig({ REDIS_URL: 'rediss://user:p%40ss@cache.example:6380/2' }).cache.redisUrl).toBe(
      'rediss://user:p%40ss@cache.example:6380/2',
    );
  });

  it.each([
    ['0', 0],
    ['250', 250],
    [' 60000 ', 60_000],
    ['', 0],
  ])('reads EMULATOR_LATENCY_MS=%j as demoLatencyMs %d', (value, expected) => {
    expect(loadConfig({ EMULATOR_LATENCY_MS: value }).demoLatencyMs).toBe(expected);
  });
});

describe('persisted operations settings', () => {
  const dir = mkdtempSync(join(tmpdir(), 'manifest-'));
  const file = (name: string, text: string) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };
  const only = (manifest: string) => ({
    PERSISTED_OPERATIONS: 'only',
    PERSISTED_OPERATIONS_MANIFEST: manifest,
  });

  it('defaults to APQ with a 1000-document store; `only` reads the manifest, keyed by bare hash', () => {
    expect(loadConfig({}).persistedOperations).toEqual({ mode: 'off', apqCacheSize: 1000 });
    expect(loadConfig({ APQ_CACHE_SIZE: '50' }).persistedOperations).toEqual({ mode: 'off', apqCacheSize: 50 });
    const manifest = file(
      'good.json',
      JSON.stringify({ 'sha256:abc': '{ __typename }', def: 'query A { civoRegions { code } }' }),
    );
    const settings = loadConfig(only(manifest)).persistedOperations;
    expect(settings.mode).toBe('only');
    if (settings.mode !== 'only') return;
    expect([...settings.manifest]).toEqual([
      ['abc', '{ __typename }'],
      ['def', 'query A { civoRegions { code } }'],
    ]);
  });

  it.each([
    [{ PERSISTED_OPERATIONS: 'sometimes' }, /PERSISTED_OPERATIONS: "sometimes" is not one of off, only/],
    [{ PERSISTED_OPERATIONS: 'only' }, /PERSISTED_OPERATIONS_MANIFEST: must name the manifest file/],
    [
      only('/nonexistent/manifest.json'),
      /PERSISTED_OPERATIONS_MANIFEST: \/nonexistent\/manifest.json: cannot be read \(ENOENT\)/,
    ],
    [only(file('broken.json', '{"a": ')), /: is not JSON/],
    [only(file('array.json', '["{ __typename }"]')), /is not a JSON object/],
    [only(file('number.json', '{"a": 1}')), /the entry "a" is not a document string/],
    [only(file('bad-doc.json', '{"a": "{ nope"}')), /the entry "a" is not a GraphQL document/],
    [only(file('empty.json', '{}')), /has no operations/],
    // Set but not yet used (PERSISTED_OPERATIONS unset): still checked, as every setting is.
    [{ PERSISTED_OPERATIONS_MANIFEST: '/nonexistent/manifest.json' }, /cannot be read \(ENOENT\)/],
    [{ APQ_CACHE_SIZE: '0' }, /APQ_CACHE_SIZE: 0 is outside 1..100000/],
  ])('refuses %o at start-up with one line naming the variable', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });
});

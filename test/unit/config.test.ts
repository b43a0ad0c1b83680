import { describe, expect, it } from 'vitest';
import { ConfigError, DEFAULT_CIVO_API_URL, DEFAULT_GCORE_API_URL, loadConfig } from '../../src/config.js';

describe('loadConfig', () => {
  it('is demo mode with no key at all, and then configures no provider itself', () => {
    const config = loadConfig({});
    expect(config.demo).toBe(true);
    expect(config.civo).toBeNull();
    expect(config.gcore).toBeNull();
    expect(config.port).toBe(4000);
  });

  it('configures only the provider that has a key, with default URLs', () => {
    const config = loadConfig({ CIVO_API_KEY: 'k' });
    expect(config.demo).toBe(false);
    expect(config.civo).toEqual({ apiKey: 'k', apiUrl: DEFAULT_CIVO_API_URL });
    expect(config.gcore).toBeNull();
    expect(loadConfig({ GCORE_API_KEY: 't' }).gcore).toEqual({ apiKey: 't', apiUrl: DEFAULT_GCORE_API_URL });
  });

  it('parses lists, upper-cases Civo regions and drops duplicates', () => {
    const config = loadConfig({
      CIVO_API_KEY: 'k',
      CIVO_REGIONS: 'lon1, FRA1,lon1',
      GCORE_API_KEY: 't',
      GCORE_PROJECT_IDS: '12,34',
      GCORE_REGION_IDS: '76',
      GCORE_API_URL: 'http://127.0.0.1:9999/',
      PORT: '8080',
    });
    expect(config.civo?.regions).toEqual(['LON1', 'FRA1']);
    expect(config.gcore?.projectIds).toEqual([12, 34]);
    expect(config.gcore?.regionIds).toEqual([76]);
    expect(config.gcore?.apiUrl).toBe('http://127.0.0.1:9999');
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
  ])('refuses a bad %s with a one-line message naming it', (variable, env) => {
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
  });
});

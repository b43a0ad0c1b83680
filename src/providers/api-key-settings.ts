import { ConfigError, nonEmpty, url, type Env } from '../config-readers.js';
import type { UpstreamClientOptions } from '../upstream/http-client.js';
import type { ProviderSettings, SharedServices } from './plugin.js';

/** What a provider reached with one API key at one base URL needs, beside its own selection. */
export interface ApiKeyConfig {
  apiKey: string;
  apiUrl: string;
}

/**
 * The settings of a provider configured by `<P>_API_KEY` and `<P>_API_URL` plus its own
 * selection (which part of the account is searched): unconfigured without the key.
 */
export function apiKeySettings<Selection extends object>(
  env: Env,
  variables: { key: string; url: string; defaultUrl: string },
  selection: Selection,
): ProviderSettings<ApiKeyConfig & Selection> {
  const apiKey = nonEmpty(env[variables.key]);
  // It goes into a header: a control character or a space would fail every call, later and
  // with the key in the message. Say so now, without the value.
  if (apiKey !== undefined && !/^[\x21-\x7e]+$/.test(apiKey))
    throw new ConfigError(variables.key, 'holds characters an HTTP header cannot carry (the value is not shown)');
  const apiUrl = url(env, variables.url, variables.defaultUrl);
  const pointedAt = (at: string, key: string): ApiKeyConfig & Selection => ({ apiKey: key, apiUrl: at, ...selection });
  return {
    config: apiKey === undefined ? null : pointedAt(apiUrl, apiKey),
    ignoredInDemo: nonEmpty(env[variables.url]) === undefined ? [] : [variables.url],
    pointedAt,
  };
}

/** The client options of such a provider: its key and URL, and what every client shares. */
export function apiKeyClientOptions(
  provider: string,
  { apiKey, apiUrl }: ApiKeyConfig,
  { drift, http, userAgent, upstreamEvents, fetch }: SharedServices,
): UpstreamClientOptions {
  return {
    apiKey,
    apiUrl,
    http,
    userAgent,
    reportDrift: drift.reporterFor(provider),
    events: upstreamEvents,
    ...(fetch ? { fetch } : {}),
  };
}

import type { AppConfig } from '../config.js';
import { registeredProviders } from '../providers/plugin.js';
import type { Secrets } from '../shared/redact.js';

/**
 * What no answer or log line may show: every configured provider's secrets (API keys) and the
 * Redis password, whole or any fragment of them, and the Redis URL whole.
 */
export function secretsOf(config: AppConfig): Secrets {
  return {
    keys: [
      ...registeredProviders().flatMap((provider) => {
        const settings = config.providers.get(provider.name)?.config;
        return settings ? provider.secrets(settings) : [];
      }),
      ...redisPasswords(config.cache.redisUrl),
    ],
    whole: config.cache.redisUrl ? [config.cache.redisUrl] : [],
  };
}

/** The Redis URL's password, as written and decoded. */
function redisPasswords(redisUrl: string | null): string[] {
  if (!redisUrl) return [];
  const { password } = new URL(redisUrl);
  return password ? [password, decodeURIComponent(password)] : [];
}

import type { AppConfig } from '../config.js';
import { registeredProviders } from '../providers/plugin.js';

/** What no log line may show: every configured provider's secrets (API keys), the Redis URL and its password. */
export function secretsOf(config: AppConfig): string[] {
  return [
    ...registeredProviders().flatMap((provider) => {
      const settings = config.providers.get(provider.name)?.config;
      return settings ? provider.secrets(settings) : [];
    }),
    ...redisSecrets(config.cache.redisUrl),
  ];
}

function redisSecrets(redisUrl: string | null): string[] {
  if (!redisUrl) return [];
  const { password } = new URL(redisUrl);
  return [redisUrl, ...(password ? [password, decodeURIComponent(password)] : [])];
}

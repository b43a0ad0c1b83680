import { createServer as createHttpServer } from 'node:http';
import { ConfigError, loadConfig, withDemoProviders, type AppConfig } from './config.js';
import type { Emulator } from './emulator/server.js';
import { registeredProviders } from './providers/plugin.js';
import { createServer } from './server/create-server.js';

/**
 * Entry point: read settings, start the built-in emulator in demo mode, listen. Everything
 * else lives in createServer so tests run the same service without a port.
 */
async function main(): Promise<void> {
  let config: AppConfig;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`Configuration error: ${error.message}`);
      process.exit(1);
    }
    throw error;
  }

  let emulator: Emulator | undefined;
  if (config.demo) {
    // Loaded only here: the emulator is demo tooling, never on a production import path.
    const { startEmulator, DEMO_API_KEYS } = await import('./emulator/server.js');
    emulator = await startEmulator({ latencyMs: config.demoLatencyMs });
    config = withDemoProviders(config, { apiUrl: emulator.url, apiKeys: DEMO_API_KEYS });
    const keys = registeredProviders()
      .map((provider) => provider.keySetting)
      .join(' or ');
    console.log(`Demo mode: no ${keys} set, serving the built-in emulator's catalog (${emulator.url}).`);
    if (config.ignoredInDemo.length) {
      const names = config.ignoredInDemo.join(' and ');
      console.log(`Ignoring ${names} in demo mode: no ${keys} is set, so the built-in emulator answers instead.`);
    }
  } else {
    const off = registeredProviders()
      .filter((provider) => !config.providers.get(provider.name)?.config)
      .map((provider) => `${provider.label} (${provider.keySetting} unset)`);
    if (off.length) console.log(`Not configured: ${off.join(', ')}; its fields answer PROVIDER_NOT_CONFIGURED.`);
  }

  const yoga = createServer({ config });
  const server = createHttpServer(yoga);
  server.once('error', (error: NodeJS.ErrnoException) => {
    // Start-up failures get one line, like bad settings: a busy port is not a crash.
    const why =
      error.code === 'EADDRINUSE'
        ? 'the port is in use'
        : error.code === 'EACCES'
          ? 'permission denied'
          : error.message;
    console.error(`Cannot listen on PORT ${config.port}: ${why}.`);
    void emulator?.close();
    process.exit(1);
  });
  server.listen(config.port, () => {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    const endpoint = `http://localhost:${port}${yoga.graphqlEndpoint}`;
    console.log(
      config.persistedOperations.mode === 'only'
        ? `GraphQL API at ${endpoint} (trusted documents only: GraphiQL is off)`
        : `GraphQL API and GraphiQL at ${endpoint}`,
    );
    if (config.cache.warmUp && config.cache.ttlMs > 0)
      void yoga
        .warmUp()
        .then(({ listed, failed, durationMs }) =>
          console.log(
            `Catalog warmed up: ${listed} partition listings cached in ${durationMs} ms${failed ? `, ${failed} failed` : ''}.`,
          ),
        );
  });

  const stop = () => {
    server.close();
    server.closeAllConnections();
    void yoga.close();
    void emulator?.close();
    // Whatever still holds the process (a stuck connection) gets 10 s; a second signal ends it now.
    setTimeout(() => process.exit(0), 10_000).unref();
    process.once('SIGINT', () => process.exit(130));
    process.once('SIGTERM', () => process.exit(143));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

await main();

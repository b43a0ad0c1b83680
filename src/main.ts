import { createServer as createHttpServer } from 'node:http';
import { ConfigError, loadConfig, type AppConfig } from './config.js';
import { DEMO_CIVO_API_KEY, DEMO_GCORE_API_KEY, startEmulator, type Emulator } from './emulator/server.js';
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
    emulator = await startEmulator({ latencyMs: Number(process.env.EMULATOR_LATENCY_MS ?? 0) || 0 });
    config = {
      ...config,
      civo: { apiKey: DEMO_CIVO_API_KEY, apiUrl: emulator.url },
      gcore: { apiKey: DEMO_GCORE_API_KEY, apiUrl: emulator.url },
    };
    console.log(`Demo mode: no CIVO_API_KEY or GCORE_API_KEY set, serving the built-in emulator's catalog (${emulator.url}).`);
  } else {
    const off = [config.civo ? null : 'Civo (CIVO_API_KEY unset)', config.gcore ? null : 'Gcore (GCORE_API_KEY unset)'].filter(Boolean);
    if (off.length) console.log(`Not configured: ${off.join(', ')}; its fields answer PROVIDER_NOT_CONFIGURED.`);
  }

  const yoga = createServer({ config });
  const server = createHttpServer(yoga);
  server.listen(config.port, () => {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    console.log(`GraphQL API and GraphiQL at http://localhost:${port}${yoga.graphqlEndpoint}`);
  });

  const stop = () => {
    server.close();
    server.closeAllConnections();
    void emulator?.close();
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

await main();

import { createServer as createHttpServer } from 'node:http';
import { ConfigError, loadConfig, withDemoProviders, type AppConfig } from './config.js';
import type { Emulator } from './emulator/server.js';
import { gracefulStop } from './lifecycle/graceful-stop.js';
import { createLogger } from './observability/log.js';
import { secretsOf } from './observability/secrets.js';
import { registeredProviders } from './providers/plugin.js';
import { createServer } from './server/create-server.js';

/** What closing the cache's Redis connections and the demo emulator may take after the grace period. */
const CLEANUP_MS = 5_000;
/**
 * Signals this close together are one stop: Ctrl-C in a terminal signals the whole process
 * group (npm and node), and npm relays its copy to node too; so does a supervisor that signals
 * a process group.
 */
const SAME_STOP_MS = 1_000;

/**
 * Entry point: read settings, start the built-in emulator in demo mode, listen, stop on a
 * signal. Everything else lives in createServer so tests run the same service without a port.
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
  }
  // Made once the keys are known (the demo ones too): every line from here on goes through it.
  const logger = createLogger({ level: config.logLevel, secrets: secretsOf(config) });
  if (emulator) {
    const keys = registeredProviders()
      .map((provider) => provider.keySetting)
      .join(' or ');
    logger.info(`Demo mode: no ${keys} set, serving the built-in emulator's catalog (${emulator.url}).`);
    if (config.ignoredInDemo.length) {
      const names = config.ignoredInDemo.join(' and ');
      logger.info(`Ignoring ${names} in demo mode: no ${keys} is set, so the built-in emulator answers instead.`);
    }
  } else {
    const off = registeredProviders()
      .filter((provider) => !config.providers.get(provider.name)?.config)
      .map((provider) => `${provider.label} (${provider.keySetting} unset)`);
    if (off.length) logger.info(`Not configured: ${off.join(', ')}; its fields answer PROVIDER_NOT_CONFIGURED.`);
  }

  // Loaded only when asked for: without it every span is a no-op.
  const stopTracing = config.tracingEndpoint
    ? (await import('./observability/tracing-export.js')).startTracing(config.tracingEndpoint)
    : undefined;
  if (config.tracingEndpoint) logger.info(`Tracing: spans go to ${config.tracingEndpoint}/v1/traces (OTLP/HTTP).`);

  const yoga = createServer({ config, logger });
  const server = createHttpServer(yoga);
  const requests = gracefulStop(server);
  server.once('error', (error: NodeJS.ErrnoException) => {
    // Start-up failures get one line, like bad settings: a busy port is not a crash.
    const line =
      error.code === 'EADDRINUSE'
        ? `Cannot listen on PORT ${config.port}: the port is in use.`
        : error.code === 'EACCES'
          ? `Cannot listen on PORT ${config.port}: permission denied.`
          : error.code === 'EADDRNOTAVAIL' || error.code === 'ENOTFOUND'
            ? `Cannot listen on HOST ${config.host}: it is not an address of this machine.`
            : `Cannot listen on HOST ${config.host}, PORT ${config.port}: ${error.message}.`;
    logger.error(line);
    void emulator?.close();
    process.exit(1);
  });
  server.listen(config.port, config.host, () => {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    const endpoint = `${publicUrl(config.host, port)}${yoga.graphqlEndpoint}`;
    logger.info(
      config.persistedOperations.mode === 'only'
        ? `GraphQL API at ${endpoint} (trusted documents only: GraphiQL is off)`
        : `GraphQL API and GraphiQL at ${endpoint}`,
    );
    // /ready answers 503 until the providers' regions and projects have been read once.
    void yoga.becomeReady();
    if (config.cache.warmUp && config.cache.ttlMs > 0)
      void yoga
        .warmUp()
        .then(({ listed, failed, durationMs }) =>
          logger.info(
            `Catalog warmed up: ${listed} partition listings cached in ${durationMs} ms${failed ? `, ${failed} failed` : ''}.`,
          ),
        );
  });

  let stopping: number | undefined;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping === undefined) {
      stopping = Date.now();
      void stop(signal);
    } else if (Date.now() - stopping > SAME_STOP_MS) {
      // A second signal means "now": the operator has stopped waiting.
      process.exit(signal === 'SIGINT' ? 130 : 143);
    }
    // Else the same stop told twice: a terminal's Ctrl-C reaches node and npm, and npm relays it.
  };
  const stop = async (signal: NodeJS.Signals) => {
    // Load balancers polling /ready stop sending traffic; what is already here is answered.
    yoga.drain();
    const running = requests.inFlight();
    logger.info(
      `${signal}: stopping; ${running === 1 ? '1 request in flight gets' : `${running} requests in flight get`} up to ${config.shutdownGraceMs} ms to finish.`,
    );
    // Closing Redis or the emulator should take moments; if one hangs, it does not hold the exit.
    setTimeout(() => {
      logger.error(`Did not stop within ${config.shutdownGraceMs + CLEANUP_MS} ms; exiting anyway.`);
      process.exit(1);
    }, config.shutdownGraceMs + CLEANUP_MS).unref();
    const { inFlight, cut } = await requests.stop(config.shutdownGraceMs);
    // Spans of the last requests are flushed with the rest.
    await Promise.allSettled([yoga.close(), emulator?.close(), stopTracing?.()]);
    logger.info(
      `Stopped: ${inFlight - cut} of ${inFlight} in-flight requests answered${cut ? `, ${cut} cut off` : ''}.`,
    );
    // Upstream keep-alive sockets and timers would hold the process; everything worth finishing has.
    // Writes to a pipe, file or terminal are synchronous on Linux: the line above is out before the exit.
    process.exit(0);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
}

/** The URL to print: a wildcard bind is reached through localhost; an IPv6 literal needs brackets. */
function publicUrl(host: string, port: number): string {
  const shown = host === '0.0.0.0' || host === '::' ? 'localhost' : host.includes(':') ? `[${host}]` : host;
  return `http://${shown}:${port}`;
}

await main();

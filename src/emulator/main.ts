import { DEMO_CIVO_API_KEY, DEMO_GCORE_API_KEY, startEmulator } from './server.js';

/**
 * `npm run emulator`: both upstream APIs on their own, to point CIVO_API_URL / GCORE_API_URL
 * at or to poke with curl. Settings: EMULATOR_PORT (4010), EMULATOR_HOST (127.0.0.1),
 * EMULATOR_LATENCY_MS (0).
 */

function setting(name: string, fallback: number, valid: (value: number) => boolean, meaning: string): number {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw);
  if (!valid(value)) {
    console.error(`Configuration error: ${name}: ${JSON.stringify(raw)} is not ${meaning}`);
    process.exit(1);
  }
  return value;
}

const port = setting(
  'EMULATOR_PORT',
  4010,
  (value) => Number.isInteger(value) && value >= 0 && value <= 65_535,
  'a port number',
);
// The same rule as the service's demo mode (config.ts), so one value works in both.
const latencyMs = setting(
  'EMULATOR_LATENCY_MS',
  0,
  (value) => Number.isInteger(value) && value >= 0 && value <= 60_000,
  'an integer number of milliseconds in 0..60000',
);
const host = process.env.EMULATOR_HOST?.trim() || '127.0.0.1';

const emulator = await startEmulator({ port, host, latencyMs });
console.log(`Civo and Gcore API emulator at ${emulator.url}${latencyMs ? ` (latency ${latencyMs} ms)` : ''}`);
console.log(`  Civo:  CIVO_API_URL=${emulator.url} CIVO_API_KEY=${DEMO_CIVO_API_KEY}`);
console.log(`  Gcore: GCORE_API_URL=${emulator.url} GCORE_API_KEY=${DEMO_GCORE_API_KEY}`);
console.log(
  `  Controls: GET|DELETE ${emulator.url}/_emulator/requests, POST|DELETE ${emulator.url}/_emulator/faults, PUT ${emulator.url}/_emulator/latency`,
);

let stopping = false;
function stop(signal: string): void {
  if (stopping) return;
  stopping = true;
  console.log(`${signal}: stopping the emulator`);
  void emulator.close().then(() => process.exit(0));
}
process.once('SIGINT', () => stop('SIGINT'));
process.once('SIGTERM', () => stop('SIGTERM'));

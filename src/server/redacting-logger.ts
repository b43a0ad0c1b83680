import { formatWithOptions } from 'node:util';
import { createLogger, type LogLevel, type YogaLogger } from 'graphql-yoga';
import type { Redactor } from '../shared/redact.js';

const LEVELS: readonly LogLevel[] = ['debug', 'info', 'warn', 'error'];

export interface RedactingLoggerOptions {
  /** Lowest level written; default `info` (`debug` with DEBUG=1, as Yoga does). */
  level?: LogLevel;
  /** Where lines go; default Yoga's console logger. */
  sink?: YogaLogger;
}

/**
 * Yoga's logger with every secret (the API keys, and any fragment of one) cut out of what it writes. Our own errors
 * never carry a key, but Yoga logs unexpected errors whole, and a third-party error object
 * (a request with its headers, say) could: logs are the one place a key would otherwise
 * escape. Arguments are formatted to one string first so nested objects are covered too.
 */
export function redactingLogger(redact: Redactor, options: RedactingLoggerOptions = {}): YogaLogger {
  const level = options.level ?? (process.env.DEBUG === '1' ? 'debug' : 'info');
  const sink = options.sink ?? consoleSink(level);
  const withoutSecrets = (args: unknown[]): unknown[] => [
    redact(formatWithOptions({ colors: false, depth: 8 }, ...args)),
  ];
  const lowest = LEVELS.indexOf(level);
  const logger = {} as YogaLogger;
  for (const [index, name] of LEVELS.entries()) {
    // Below the level: a no-op, so per-request debug lines cost no formatting.
    logger[name] = index < lowest ? () => {} : (...args: unknown[]) => sink[name](...withoutSecrets(args));
  }
  return logger;
}

/**
 * Yoga's console logger on a terminal; the same lines with plain `DEBUG`/`INFO`/`WARN`/`ERR`
 * prefixes when output goes to a file or a log collector, where colour codes are noise.
 */
function consoleSink(level: LogLevel): YogaLogger {
  if (process.stdout.isTTY && process.stderr.isTTY) return createLogger(level);
  /* eslint-disable no-console -- this is the console sink */
  return {
    debug: (...args: unknown[]) => console.debug('DEBUG', ...args),
    info: (...args: unknown[]) => console.info('INFO', ...args),
    warn: (...args: unknown[]) => console.warn('WARN', ...args),
    error: (...args: unknown[]) => console.error('ERR', ...args),
  };
  /* eslint-enable no-console */
}

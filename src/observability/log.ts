import { createRequire } from 'node:module';
import { formatWithOptions, inspect } from 'node:util';
import { pino, type Logger } from 'pino';
import type PinoPretty from 'pino-pretty';
import type { YogaLogger } from 'graphql-yoga';
import { secretRedactor, type Secrets } from '../shared/redact.js';
import { currentRequest } from './request-scope.js';

export type { Logger } from 'pino';

export const LOG_LEVELS = ['debug', 'info', 'warn', 'error', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export interface LoggerOptions {
  level: LogLevel;
  /** Cut out of every line, keys in any fragment (API keys, the Redis password), the Redis URL whole. */
  secrets: Secrets;
  /** Gets each finished line (JSON, secrets cut out, no newline); default stdout, pretty on a terminal. */
  sink?: (line: string) => void;
}

/**
 * The service's one logger (pino): a JSON line per event with `time` (ISO 8601), `level` (its
 * name), `msg`, and `requestId` while a request is being served. Secrets are cut out of the
 * finished line, so no field, nested object or error message can carry one out.
 */
export function createLogger({ level, secrets, sink = stdoutSink() }: LoggerOptions): Logger {
  // A quote or backslash is escaped in a JSON line, and in an object Yoga logs (inspected, as
  // console.log shows it): cut those spellings out too.
  const spellings = (texts: readonly (string | undefined)[] = []) => [
    ...new Set(
      texts
        .filter((text): text is string => Boolean(text))
        .flatMap((text) => [text, inspect(text).slice(1, -1)])
        .flatMap((spelling) => [spelling, JSON.stringify(spelling).slice(1, -1)]),
    ),
  ];
  const redact = secretRedactor({ keys: spellings(secrets.keys), whole: spellings(secrets.whole) });
  return pino(
    {
      level,
      base: null,
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      mixin: () => {
        const request = currentRequest();
        return request ? { requestId: request.id } : {};
      },
    },
    { write: (line: string) => sink(redact(line.endsWith('\n') ? line.slice(0, -1) : line)) },
  );
}

/** Lines to stdout as they are; on a terminal, pino-pretty's coloured lines for people. */
function stdoutSink(): (line: string) => void {
  if (!process.stdout.isTTY) return (line) => process.stdout.write(`${line}\n`);
  // Loaded only for a terminal: a service writing to a pipe or a file never pays for it.
  const { prettyFactory } = createRequire(import.meta.url)('pino-pretty') as typeof PinoPretty;
  const pretty = prettyFactory({ colorize: true, translateTime: 'SYS:HH:MM:ss.l' });
  return (line) => process.stdout.write(pretty(line));
}

/**
 * Yoga's logger interface over ours. Yoga logs several arguments (an unexpected error whole,
 * say): they become one `msg`, formatted as console.log would, so nested objects are in the
 * line and so under redaction.
 */
export function yogaLogger(logger: Logger): YogaLogger {
  const at =
    (level: 'debug' | 'info' | 'warn' | 'error') =>
    (...args: unknown[]) => {
      if (!logger.isLevelEnabled(level)) return;
      logger[level](formatWithOptions({ colors: false, depth: 8 }, ...args));
    };
  return { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}

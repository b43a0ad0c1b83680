import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

/**
 * The service as production runs it, a child process of `node dist/main.js` (test/support/
 * build-dist.ts compiles it before the run) or of `npm start`: its output, its exit.
 */

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** A hung start-up fails the test instead of blocking the run. */
export const SPAWN_TIMEOUT_MS = 20_000;

/** The line the service prints once it listens, with its URL. */
export const URL_LINE = /GraphQL API and GraphiQL at (http:\/\/\S+\/graphql)\n/;

/** One line of the service's log (pino JSON on stdout). */
export interface LogLine {
  time: string;
  level: string;
  msg: string;
  [field: string]: unknown;
}

export interface Started {
  child: ChildProcess;
  stdout(): string;
  stderr(): string;
  /** stdout's JSON log lines, parsed (a line that is not JSON fails the test). */
  logLines(): LogLine[];
  /** Each log line's message, one a line, each ending with a newline. */
  messages(): string;
  /** Resolves with the first match of `pattern` on messages(); rejects on exit or timeout. */
  waitForLog(pattern: RegExp): Promise<RegExpMatchArray>;
  /** Resolves with the exit code once the process has ended; rejects on timeout. */
  exited(): Promise<number | null>;
}

const children: ChildProcess[] = [];

/** Kills every child still running (call it in afterEach) and waits until they are gone. */
export async function stopChildren(): Promise<void> {
  await Promise.all(children.splice(0).map(kill));
}

async function kill(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const gone = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGKILL');
  await gone;
}

/** Only PATH and HOME from the outside, so no key or setting of the machine leaks in. */
function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { PORT: '0', ...extra };
  if (process.env.PATH !== undefined) env.PATH = process.env.PATH;
  if (process.env.HOME !== undefined) env.HOME = process.env.HOME;
  return env;
}

/** `node dist/main.js` with these settings. */
export function startMain(extra: Record<string, string> = {}): Started {
  return startProcess(process.execPath, ['dist/main.js'], extra);
}

/**
 * `npm start`, the way the README starts the service, less its `prestart` build (the global
 * setup has built dist/ already): npm, its shell, then `node dist/main.js`.
 */
export function startWithNpm(extra: Record<string, string> = {}): Started {
  return startProcess('npm', ['start', '--silent', '--ignore-scripts'], extra);
}

/**
 * `npm start` as the leader of its own process group, as a terminal runs it: `signalGroup`
 * then signals npm and node at once, as Ctrl-C does.
 */
export function startWithNpmInGroup(extra: Record<string, string> = {}): Started & {
  signalGroup(signal: NodeJS.Signals): void;
} {
  const started = startProcess('npm', ['start', '--silent', '--ignore-scripts'], extra, true);
  return Object.assign(started, { signalGroup: (signal: NodeJS.Signals) => process.kill(-started.child.pid!, signal) });
}

function startProcess(command: string, args: string[], extra: Record<string, string>, ownGroup = false): Started {
  const child = spawn(command, args, {
    detached: ownGroup,
    cwd: ROOT,
    env: cleanEnv(extra),
    stdio: ['ignore', 'pipe', 'pipe'],
    // A backstop in case a test forgets to stop it: the process never outlives this.
    timeout: SPAWN_TIMEOUT_MS + 5_000,
    killSignal: 'SIGKILL',
  });
  children.push(child);
  let stdout = '';
  let stderr = '';
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exit = new Promise<number | null>((resolve) => child.once('close', (code) => resolve(code)));

  const withTimeout = <T>(promise: Promise<T>, what: string) => {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () =>
          reject(
            new Error(
              `timed out after ${SPAWN_TIMEOUT_MS} ms waiting for ${what}\nstdout:\n${stdout}\nstderr:\n${stderr}`,
            ),
          ),
        SPAWN_TIMEOUT_MS,
      );
    });
    return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
  };

  // Only whole lines: a chunk may end mid-line. npm's own lines (a script's banner) are not JSON.
  const logLines = () =>
    stdout
      .split('\n')
      .slice(0, -1)
      .filter((line) => !(command === 'npm' && !line.startsWith('{')))
      .map((line) => JSON.parse(line) as LogLine);
  const messages = () =>
    logLines()
      .map((line) => `${line.msg}\n`)
      .join('');

  return {
    child,
    stdout: () => stdout,
    stderr: () => stderr,
    logLines,
    messages,
    waitForLog(pattern) {
      const found = new Promise<RegExpMatchArray>((resolve, reject) => {
        const check = () => {
          const match = messages().match(pattern);
          if (match) {
            child.stdout!.off('data', check);
            resolve(match);
          }
        };
        child.stdout!.on('data', check);
        void exit.then((code) =>
          reject(new Error(`exited with ${code} before printing ${pattern}\nstdout:\n${stdout}\nstderr:\n${stderr}`)),
        );
        check();
      });
      return withTimeout(found, `${pattern} in the log`);
    },
    exited: () => withTimeout(exit, 'the process to exit'),
  };
}

/** POSTs a query to a started service and returns its data, expecting no errors. */
export async function query<T>(url: string, source: string): Promise<T> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query: source }),
    signal: AbortSignal.timeout(SPAWN_TIMEOUT_MS),
  });
  expect(response.status).toBe(200);
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  expect(body.errors).toBeUndefined();
  return body.data!;
}

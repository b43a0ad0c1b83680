import { readFileSync } from 'node:fs';
import { parse } from 'graphql';
import { ConfigError, integer, nonEmpty, type Env } from '../config-readers.js';

/**
 * How the service takes documents by hash (README, "Use it from a frontend"):
 * - `off` (default): any query, plus automatic persisted queries (APQ) so that Apollo's and
 *   urql's persisted-query links work as they come;
 * - `only`: trusted documents. Only the operations of a manifest (the `{hash: document}` JSON
 *   that GraphQL Code Generator's client preset writes with `persistedDocuments: true`) run.
 */
export type PersistedOperationsSettings =
  { mode: 'off'; apqCacheSize: number } | { mode: 'only'; manifestPath: string; manifest: ReadonlyMap<string, string> };

const MODES = ['off', 'only'] as const;

export function readPersistedOperationsSettings(env: Env): PersistedOperationsSettings {
  const mode = nonEmpty(env.PERSISTED_OPERATIONS)?.toLowerCase() ?? 'off';
  if (!(MODES as readonly string[]).includes(mode))
    throw new ConfigError('PERSISTED_OPERATIONS', `"${mode}" is not one of ${MODES.join(', ')}`);
  const apqCacheSize = integer(env, 'APQ_CACHE_SIZE', 1000, { min: 1, max: 100_000 });
  const manifestPath = nonEmpty(env.PERSISTED_OPERATIONS_MANIFEST);
  // Checked whatever the mode, like every setting that is set: a broken manifest is found
  // before the deploy that switches to `only`.
  const manifest = manifestPath === undefined ? undefined : readManifest(manifestPath);
  if (mode === 'off') return { mode: 'off', apqCacheSize };
  if (manifestPath === undefined || manifest === undefined)
    throw new ConfigError(
      'PERSISTED_OPERATIONS_MANIFEST',
      'must name the manifest file when PERSISTED_OPERATIONS=only',
    );
  return { mode: 'only', manifestPath, manifest };
}

/**
 * The manifest as a map from bare hash to document. Codegen writes sha256 keys as
 * `sha256:<hex>` (the GraphQL-over-HTTP persisted documents appendix); clients may send the
 * hash with or without that prefix, so both are looked up by the bare hex.
 */
function readManifest(path: string): Map<string, string> {
  const fail = (problem: string) => new ConfigError('PERSISTED_OPERATIONS_MANIFEST', `${path}: ${problem}`);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw fail(`cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw fail('is not JSON');
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json))
    throw fail('is not a JSON object of {"hash": "document"}');
  const manifest = new Map<string, string>();
  for (const [hash, document] of Object.entries(json as Record<string, unknown>)) {
    if (typeof document !== 'string') throw fail(`the entry ${JSON.stringify(hash)} is not a document string`);
    try {
      parse(document);
    } catch {
      throw fail(`the entry ${JSON.stringify(hash)} is not a GraphQL document`);
    }
    manifest.set(bareHash(hash), document);
  }
  if (manifest.size === 0) throw fail('has no operations');
  return manifest;
}

/** `sha256:abc…` and `abc…` name the same document. */
export function bareHash(hash: string): string {
  return hash.startsWith('sha256:') ? hash.slice('sha256:'.length) : hash;
}

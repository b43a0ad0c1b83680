import { useAPQ } from '@graphql-yoga/plugin-apq';
import { usePersistedOperations } from '@graphql-yoga/plugin-persisted-operations';
import { createGraphQLError, type Plugin } from 'graphql-yoga';
import { LRUCache } from 'lru-cache';
import { ErrorCode } from '../errors.js';
import { bareHash, type PersistedOperationsSettings } from './persisted-operations-settings.js';

/** A registered document longer than this is not kept (a valid one under MAX_QUERY_TOKENS is far shorter). */
const MAX_APQ_DOCUMENT_CHARS = 64 * 1024;

/**
 * Documents by hash, after the settings (persisted-operations-settings.ts):
 * - `off`: automatic persisted queries. A hash-only request answers PERSISTED_QUERY_NOT_FOUND
 *   until the client sends the document with its sha256; then the hash alone runs it. The
 *   store is this instance's own LRU (APQ_CACHE_SIZE documents): another instance, or this
 *   one after a restart, asks once more, which clients' links do by themselves.
 * - `only`: trusted documents. A request runs only if its hash is in the manifest; a raw
 *   document or an unknown hash answers OPERATION_NOT_TRUSTED (400), and nothing registers.
 * Either way the document is then parsed and validated like a sent one, so every query limit
 * (MAX_QUERY_TOKENS, MAX_QUERY_ALIASES, nested `equivalents`) applies to it.
 */
export function usePersistedDocuments(settings: PersistedOperationsSettings): Plugin {
  if (settings.mode === 'off') {
    const store = new LRUCache<string, string>({
      max: settings.apqCacheSize,
      maxSize: settings.apqCacheSize * 4096,
      maxEntrySize: Math.min(MAX_APQ_DOCUMENT_CHARS, settings.apqCacheSize * 4096),
      sizeCalculation: (document) => Math.max(1, document.length),
    });
    return useAPQ({ store });
  }
  const { manifest } = settings;
  const notTrusted = (message: string) => () =>
    createGraphQLError(message, { extensions: { code: ErrorCode.OPERATION_NOT_TRUSTED, http: { status: 400 } } });
  return usePersistedOperations({
    getPersistedOperation: (hash) => manifest.get(bareHash(hash)) ?? null,
    customErrors: {
      persistedQueryOnly: notTrusted(
        'This service runs only its trusted documents (PERSISTED_OPERATIONS=only): send the hash of a document in its manifest as extensions.persistedQuery.sha256Hash, not the document.',
      ),
      keyNotFound: notTrusted(
        'This service runs only its trusted documents (PERSISTED_OPERATIONS=only): the request names no document hash (extensions.persistedQuery.sha256Hash).',
      ),
      notFound: notTrusted(
        'This document hash is not in the manifest of trusted documents (PERSISTED_OPERATIONS_MANIFEST): rebuild the client against this server, or deploy the new manifest.',
      ),
    },
  });
}

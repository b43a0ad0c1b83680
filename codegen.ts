import type { CodegenConfig } from '@graphql-codegen/cli';
import { addTypenameSelectionDocumentTransform } from '@graphql-codegen/client-preset';

/** The scalar mapping README's "Use it from a frontend" gives frontends, and the tests use. */
const CLIENT_TYPES = {
  useTypeImports: true,
  enumsAsTypes: true,
  scalars: { DateTime: 'string', SafeInt: 'number' },
  strictScalars: true,
};

/**
 * GraphQL Code Generator: prints the Pothos schema to schema/schema.graphql (sorted, so diffs
 * are clean; CI fails when it is stale), the fragment matcher frontends' caches need
 * (schema/possible-types.json: which object types implement each interface), and types the
 * test operations (client preset). A second client output, test/gql-trusted/, also writes
 * persisted-documents.json, the manifest of trusted documents (PERSISTED_OPERATIONS=only), for
 * the trusted-documents test's operations, exactly as a frontend's build would write its own.
 */
/** The trusted documents' test: its operations get their own output, as a frontend's build would. */
const TRUSTED_DOCUMENTS = 'test/integration/persisted-queries.test.ts';

const config: CodegenConfig = {
  schema: './src/schema/index.ts',
  ignoreNoDocuments: true,
  // Our ESM (NodeNext) build needs `.js` on relative imports of the generated files.
  emitLegacyCommonJSImports: false,
  generates: {
    'schema/schema.graphql': {
      plugins: ['schema-ast'],
      config: { sort: true, includeDirectives: true, commentDescriptions: false },
    },
    'schema/possible-types.json': {
      plugins: ['fragment-matcher'],
      config: { apolloClientVersion: 3 },
    },
    'test/gql/': {
      documents: ['test/**/*.ts', '!test/gql/**', '!test/gql-trusted/**', `!${TRUSTED_DOCUMENTS}`],
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: CLIENT_TYPES,
    },
    // What a frontend's build writes for PERSISTED_OPERATIONS=only: typed documents and their
    // manifest (persisted-documents.json), each document with `__typename` in every selection,
    // as Apollo adds to its own copy, since the server runs the manifest's text for a hash and a
    // normalised cache needs `__typename` to match fragments on DiskImage, Region and Node.
    'test/gql-trusted/': {
      documents: [TRUSTED_DOCUMENTS],
      preset: 'client',
      presetConfig: { fragmentMasking: false, persistedDocuments: true },
      documentTransforms: [addTypenameSelectionDocumentTransform],
      config: CLIENT_TYPES,
    },
  },
};

export default config;

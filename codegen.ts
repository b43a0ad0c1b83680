import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * GraphQL Code Generator: prints the Pothos schema to schema/schema.graphql (sorted, so diffs
 * are clean; CI fails when it is stale), the fragment matcher frontends' caches need
 * (schema/possible-types.json: which object types implement each interface), and types the
 * test operations (client preset). The preset also writes test/gql/persisted-documents.json,
 * the manifest of trusted documents (PERSISTED_OPERATIONS=only) for the tests' operations,
 * exactly as a frontend's build would write its own.
 */
const config: CodegenConfig = {
  schema: './src/schema/index.ts',
  documents: ['test/**/*.ts', '!test/gql/**'],
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
      preset: 'client',
      presetConfig: { fragmentMasking: false, persistedDocuments: true },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { DateTime: 'string', SafeInt: 'number' },
        strictScalars: true,
      },
    },
  },
};

export default config;

import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * GraphQL Code Generator: prints the Pothos schema to schema/schema.graphql (sorted, so diffs
 * are clean; CI fails when it is stale) and types the test operations (client preset).
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
    'test/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
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

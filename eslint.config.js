// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'test/gql/', 'test/gql-trusted/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    // The emulator is test and demo tooling: service code never imports it (main.ts loads it
    // on demand in demo mode only), so a production process never carries it.
    files: ['src/**/*.ts'],
    ignores: ['src/main.ts', 'src/emulator/**', 'src/providers/*/emulator/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/emulator/*', '**/emulator'], message: 'Service code must not import the emulator.' },
          ],
        },
      ],
      // import('…/emulator/…') too: only main.ts may load it, in demo mode.
      'no-restricted-syntax': [
        'error',
        {
          selector: 'ImportExpression[source.value=/(^|\\/)emulator(\\/|$)/]',
          message: 'Service code must not import the emulator.',
        },
      ],
    },
  },
  {
    // Entry points talk to the operator through stdout on purpose.
    files: ['src/main.ts', 'src/emulator/main.ts', 'scripts/**', 'bench/**', '.ci/**'],
    rules: { 'no-console': 'off' },
  },
);

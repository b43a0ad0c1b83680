import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // graphql 16 ships both ESM and CJS entry points; without this alias vitest can load
    // it twice and graphql-js refuses schemas "from another module or realm".
    alias: { graphql: 'graphql/index.js' },
  },
  test: {
    testTimeout: 20_000,
    hookTimeout: 20_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'service',
          include: ['test/**/*.test.ts'],
          exclude: ['test/browser/**'],
          // Compiles dist/ for the tests that start the service as a process (node dist/main.js).
          globalSetup: ['test/support/build-dist.ts'],
        },
      },
      // Chromium takes both cores while it parses GraphiQL: run it after the timing-sensitive
      // suites (upstream deadlines, concurrency), not beside them.
      {
        extends: true,
        test: { name: 'browser', include: ['test/browser/**/*.test.ts'], sequence: { groupOrder: 1 } },
      },
    ],
  },
});

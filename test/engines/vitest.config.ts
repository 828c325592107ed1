import { defineConfig } from 'vitest/config';

// The cross-engine browser tests (test/engines): one scenario file, run in each engine in turn
// (CONSENTRY_ENGINES picks). They drive real browsers, so they run on their own, one engine at a time.
export default defineConfig({
  root: new URL('../..', import.meta.url).pathname,
  test: {
    environment: 'node',
    include: ['test/engines/**/*.engine.ts'],
    // generous: the machine has 2 cores shared with other work, and a browser start can take a while then
    testTimeout: 180_000,
    // WebKitGTK's MiniBrowser now and then never answers a new-session request; such a test is retried once
    // in a fresh session (a real failure fails twice)
    retry: 1,
    hookTimeout: 180_000,
    reporters: ['verbose'],
    pool: 'forks',
    maxWorkers: 1,
    fileParallelism: false,
    // the WebDriver client logs every connection at "info"; its errors reach the tests anyway
    env: { WDIO_LOG_LEVEL: 'error' },
  },
});

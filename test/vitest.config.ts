import { defineConfig } from 'vitest/config';

// Unit and component tests. Browser-only behaviour lives in test/e2e (Playwright, real Chromium).
// Files that need Node (collector, SSR checks) start with `// @vitest-environment node`.
// Two projects: the collector's tests have their own global setup (one throw-away PostgreSQL server), which
// Vitest runs only when a run includes a file of that project, so a filtered run of other tests starts nothing.
export default defineConfig({
  root: new URL('..', import.meta.url).pathname,
  test: {
    environment: 'happy-dom',
    exclude: ['test/e2e/**', 'node_modules/**'],
    testTimeout: 20_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // 2 cores: do not oversubscribe
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['test/**/*.test.{ts,tsx}'], exclude: ['test/e2e/**', 'test/server/**', 'node_modules/**'] },
      },
      // The collector's tests share one throw-away PostgreSQL server (skips loudly when none can start).
      { extends: true, test: { name: 'collector', include: ['test/server/**/*.test.ts'], globalSetup: ['test/server/global-setup.ts'] } },
    ],
  },
});

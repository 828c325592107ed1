import { defineConfig } from 'vitest/config';

// Unit and component tests. Browser-only behaviour lives in test/e2e (Playwright, real Chromium).
// Files that need Node (collector, SSR checks) start with `// @vitest-environment node`.
export default defineConfig({
  root: new URL('..', import.meta.url).pathname,
  test: {
    environment: 'happy-dom',
    include: ['test/**/*.test.{ts,tsx}'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    testTimeout: 20_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // 2 cores: do not oversubscribe
    maxWorkers: 2,
    // The collector's tests share one throw-away PostgreSQL server (skips loudly when none can start).
    globalSetup: ['test/server/global-setup.ts'],
  },
});

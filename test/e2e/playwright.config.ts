import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../support/chromium';

// Browser tests run against the built bundles (dist/) and the demo pages, in Debian's Chromium.
// Every spec starts its own demo server on a free port (support/demo.ts), so specs never share state.
export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  outputDir: '../../test-results',
  workers: 2,
  fullyParallel: false,
  retries: 0,
  timeout: 45_000,
  expect: { timeout: 7_000 },
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    browserName: 'chromium',
    headless: true,
    launchOptions: { executablePath: chromiumPath(), args: chromiumArgs },
    trace: 'off',
  },
});

// `npm test`: typecheck (browser and Node configs), lint, build, the size budgets of the built files, then the unit tests (some import the built
// entries, so they run after the build and never against a stale dist/), then the browser tests against the built
// files (Chromium, then the cross-engine scenarios in Chromium, Firefox ESR and WebKitGTK).
// Each step must pass; the first failure stops the run with its exit code.
import { spawnSync } from 'node:child_process';

const steps = [
  ['typecheck', 'npm', ['run', '--silent', 'typecheck']],
  // lint rules and formatting (`biome check .`)
  ['lint', 'npm', ['run', '--silent', 'lint']],
  ['build', 'npx', ['rollup', '-c', '--silent']],
  // every built file and the SPA fixtures' initial bundles against test/tools/size-budgets.json
  ['size budgets', 'node', ['test/tools/size.mjs']],
  ['unit tests', 'npx', ['vitest', 'run', '-c', 'test/vitest.config.ts']],
  ['chromium', 'node', ['test/tools/ensure-chromium.mjs']],
  ['browser tests', 'npx', ['playwright', 'test', '-c', 'test/e2e/playwright.config.ts']],
  // the scenarios that matter again in Firefox ESR and WebKitGTK (and Chromium, as the control)
  ['firefox and webkit', 'node', ['test/tools/ensure-engines.mjs']],
  ['cross-engine browser tests', 'npx', ['vitest', 'run', '-c', 'test/engines/vitest.config.ts']],
];

for (const [name, cmd, args] of steps) {
  const started = Date.now();
  console.log(`\n=== consentry test: ${name} ===`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: process.env });
  const secs = ((Date.now() - started) / 1000).toFixed(1);
  if (r.status !== 0) {
    console.error(`\n=== consentry test: ${name} FAILED (exit ${r.status}, ${secs}s) ===`);
    process.exit(r.status || 1);
  }
  console.log(`=== ${name} ok (${secs}s) ===`);
}

// Before the cross-engine tests: checks that every engine the run asks for (CONSENTRY_ENGINES, default all)
// is installed, and installs the missing Debian packages when we are root on Debian (as CI is).
// A missing engine fails this step with a message saying what to install; only on a developer's machine,
// and only with CONSENTRY_SKIP_MISSING_ENGINES=1, is it skipped instead (loudly). In CI it always fails.
import { missingMessage, missingPrograms, maySkipMissing, selectedEngines } from './engines.mjs';
import { aptInstall, canInstall } from './apt.mjs';

let engines;
try {
  engines = selectedEngines();
} catch (e) {
  console.error(`consentry: ${e.message}`);
  process.exit(1);
}

const missing = () => engines.map((e) => [e, missingPrograms(e)]).filter(([, m]) => m.length);
let gaps = missing();
// a program looked for at a path of the developer's choosing is theirs to provide: apt cannot put it there
const pkgs = [...new Set(gaps.flatMap(([, m]) => m.filter((p) => !process.env[p.env]).map((p) => p.pkg)))];
if (pkgs.length && canInstall() && aptInstall(pkgs)) gaps = missing();
if (!gaps.length) process.exit(0);

const skip = maySkipMissing();
for (const [engine, m] of gaps) {
  console.error(`\n${'!'.repeat(78)}\n${missingMessage(engine, m)}`);
  console.error(
    skip ? `  SKIPPING the ${engine} engine tests (CONSENTRY_SKIP_MISSING_ENGINES=1).` : `  The ${engine} engine tests cannot run.`,
  );
  console.error('!'.repeat(78));
}
if (process.env.CI && process.env.CONSENTRY_SKIP_MISSING_ENGINES)
  console.error('consentry: CONSENTRY_SKIP_MISSING_ENGINES is ignored in CI: every engine must run.');
process.exit(skip ? 0 : 1);

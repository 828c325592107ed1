// Vitest global setup of the `collector` project (test/vitest.config.ts): one throw-away PostgreSQL server for
// the collector's tests, shared by every test file through `inject('pgUrl')` (each file then creates its own
// database in it). Vitest runs it only when the run includes a collector test, so a filtered run of someone
// else's tests starts nothing.
import type { TestProject } from 'vitest/node';
// @ts-expect-error plain JS module
import { startPostgres } from '../tools/postgres.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    /** URL of the test PostgreSQL server, or null when none could be started. */
    pgUrl: string | null;
    /** Why there is no server (tests skip loudly with this), or null. */
    pgSkip: string | null;
  }
}

export default async function setup(project: TestProject) {
  const pg = await startPostgres();
  if (pg.skipped) {
    console.warn(`\n⚠ consentry: PostgreSQL tests will be SKIPPED: ${pg.skipped}\n`);
    project.provide('pgUrl', null);
    project.provide('pgSkip', pg.skipped as string);
    return;
  }
  project.provide('pgUrl', pg.url as string);
  project.provide('pgSkip', null);
  return async () => {
    await pg.stop();
  };
}

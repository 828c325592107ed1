// Vitest global setup: one throw-away PostgreSQL server for the collector's tests, shared by every
// test file through `inject('pgUrl')` (each file then creates its own database in it). When this run
// has no collector test in it (a filtered run of someone else's tests), nothing is started.
import { readdirSync } from 'node:fs';
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

function runsServerTests(project: TestProject): boolean {
  // Vitest keeps the command-line file filters here; they match by substring of the file path.
  const filters = (project.vitest as unknown as { filenamePattern?: string[] }).filenamePattern;
  if (!filters?.length) return true;
  const files = readdirSync(new URL('.', import.meta.url)).filter((f) => f.endsWith('.test.ts')).map((f) => `test/server/${f}`);
  return files.some((f) => filters.some((p) => f.includes(p) || p.includes('test/server')));
}

export default async function setup(project: TestProject) {
  if (!runsServerTests(project)) {
    project.provide('pgUrl', null);
    project.provide('pgSkip', 'no collector tests in this run');
    return;
  }
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

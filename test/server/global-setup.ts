// Vitest global setup: one throw-away PostgreSQL server for the collector's tests, shared by every
// test file through `inject('pgUrl')` (each file then creates its own database in it). When this run
// has no collector test in it (a filtered run of someone else's tests), nothing is started.
import { readdirSync, readFileSync } from 'node:fs';
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

/** Does this run include a test file that uses PostgreSQL (describeBackends)? */
function needsPostgres(project: TestProject): boolean {
  const here = new URL('.', import.meta.url);
  const files = readdirSync(here)
    .filter((f) => f.endsWith('.test.ts') && readFileSync(new URL(f, here), 'utf8').includes('describeBackends'))
    .map((f) => `test/server/${f}`);
  // Vitest keeps the command-line file filters here; they match by substring of the file path.
  const filters = (project.vitest as unknown as { filenamePattern?: string[] }).filenamePattern;
  if (!filters?.length) return files.length > 0;
  const root = project.config.root.replace(/\/$/, '') + '/';
  const rel = filters.map((p) => (p.startsWith(root) ? p.slice(root.length) : p));
  return files.some((f) => rel.some((p) => f.includes(p) || p.includes(f)));
}

export default async function setup(project: TestProject) {
  if (!needsPostgres(project)) {
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

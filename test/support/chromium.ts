import { readFileSync } from 'node:fs';

// plain JSON, so that npm run bench (test/bench/run.mjs, no TypeScript) reads the same flags
const flags: { quiet: string[]; loopbackOnly: string } = JSON.parse(
  readFileSync(new URL('./chromium-flags.json', import.meta.url), 'utf8'),
);

/**
 * Every host name resolves to nothing except the loopback: Chromium's own background requests (update
 * checks, account and component services) and anything a route forgot cannot leave the machine.
 */
export const LOOPBACK_ONLY = flags.loopbackOnly;

const quiet = flags.quiet;

/** Debian's Chromium and the flags that make it quiet on a machine with no outside network. */
export const chromiumArgs = [...quiet, `--host-resolver-rules=${LOOPBACK_ONLY}`];

/** The same, with `extraRules` (e.g. `MAP example.test 127.0.0.1`) ahead of the loopback-only rule. */
export const chromiumArgsWith = (extraRules: string): string[] => [...quiet, `--host-resolver-rules=${extraRules}, ${LOOPBACK_ONLY}`];

export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH || '/usr/bin/chromium';
}

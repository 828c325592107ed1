/**
 * Every host name resolves to nothing except the loopback: Chromium's own background requests (update
 * checks, account and component services) and anything a route forgot cannot leave the machine.
 */
export const LOOPBACK_ONLY = 'MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost';

const quiet = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Debian's Chromium and the flags that make it quiet on a machine with no outside network. */
export const chromiumArgs = [...quiet, `--host-resolver-rules=${LOOPBACK_ONLY}`];

/** The same, with `extraRules` (e.g. `MAP example.test 127.0.0.1`) ahead of the loopback-only rule. */
export const chromiumArgsWith = (extraRules: string): string[] => [...quiet, `--host-resolver-rules=${extraRules}, ${LOOPBACK_ONLY}`];

export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH || '/usr/bin/chromium';
}

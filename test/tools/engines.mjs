// The browser engines of the cross-engine tests (test/engines): where each one's programs are, which of them
// are missing, which engines a run asks for, and whether a missing one may be skipped.
// Shared by the install step (ensure-engines.mjs) and the tests themselves, so both say the same thing.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Every engine, in the order the tests run them. */
export const ENGINES = ['chromium', 'firefox', 'webkit'];

/** WebKitGTK's demo browser, which WebKitWebDriver drives; its folder depends on the architecture and API. */
function findMiniBrowser() {
  let arches = [];
  try {
    arches = readdirSync('/usr/lib').filter((d) => d.endsWith('-linux-gnu'));
  } catch {
    // no /usr/lib: not a Debian-like system
  }
  for (const arch of arches)
    for (const api of ['webkit2gtk-4.1', 'webkitgtk-6.0', 'webkit2gtk-4.0']) {
      const path = join('/usr/lib', arch, api, 'MiniBrowser');
      if (existsSync(path)) return path;
    }
  return '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
}

/**
 * The programs each engine needs: path (overridable by an environment variable) and the Debian package
 * that provides it.
 * @returns {Record<string, { id: string, what: string, path: string, env: string, pkg: string }[]>}
 */
export function enginePrograms(env = process.env) {
  return {
    chromium: [{ id: 'browser', what: 'Chromium', path: env.CHROMIUM_PATH || '/usr/bin/chromium', env: 'CHROMIUM_PATH', pkg: 'chromium' }],
    firefox: [
      { id: 'browser', what: 'Firefox ESR', path: env.FIREFOX_PATH || '/usr/bin/firefox-esr', env: 'FIREFOX_PATH', pkg: 'firefox-esr' },
    ],
    webkit: [
      {
        id: 'driver',
        what: 'WebKitWebDriver',
        path: env.WEBKIT_DRIVER_PATH || '/usr/bin/WebKitWebDriver',
        env: 'WEBKIT_DRIVER_PATH',
        pkg: 'webkit2gtk-driver',
      },
      // MiniBrowser comes with libwebkit2gtk, which webkit2gtk-driver depends on
      {
        id: 'miniBrowser',
        what: 'MiniBrowser (WebKitGTK)',
        path: env.MINIBROWSER_PATH || findMiniBrowser(),
        env: 'MINIBROWSER_PATH',
        pkg: 'webkit2gtk-driver',
      },
      { id: 'xvfb', what: 'Xvfb', path: env.XVFB_PATH || '/usr/bin/Xvfb', env: 'XVFB_PATH', pkg: 'xvfb' },
    ],
  };
}

/** The engines this run asks for: CONSENTRY_ENGINES (comma-separated), or all of them (always all in CI). */
export function selectedEngines(env = process.env) {
  const raw = (env.CONSENTRY_ENGINES || '').trim();
  if (!raw) return [...ENGINES];
  if (env.CI) throw new Error(`CONSENTRY_ENGINES=${raw}: in CI every engine runs (${ENGINES.join(', ')}); unset it`);
  const asked = raw
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);
  const unknown = asked.filter((e) => !ENGINES.includes(e));
  if (unknown.length) throw new Error(`CONSENTRY_ENGINES: unknown engine ${unknown.join(', ')} (known: ${ENGINES.join(', ')})`);
  return ENGINES.filter((e) => asked.includes(e));
}

/** The programs `engine` needs that are not there. */
export function missingPrograms(engine, env = process.env) {
  return enginePrograms(env)[engine].filter((p) => !existsSync(p.path));
}

/**
 * Whether a missing engine may be skipped: only outside CI, and only when CONSENTRY_SKIP_MISSING_ENGINES=1.
 * In CI a missing engine always fails the run.
 */
export function maySkipMissing(env = process.env) {
  return env.CONSENTRY_SKIP_MISSING_ENGINES === '1' && !env.CI;
}

/** One message that says what is missing and how to get it. */
export function missingMessage(engine, missing) {
  const pkgs = [...new Set(missing.map((p) => p.pkg))];
  return (
    `consentry: the ${engine} engine tests need ${missing.map((p) => `${p.what} at ${p.path} (set ${p.env} to use another)`).join('; ')}.\n` +
    `  Install with: sudo apt-get install -y ${pkgs.join(' ')}\n` +
    '  To skip a missing engine on your own machine (never in CI): CONSENTRY_SKIP_MISSING_ENGINES=1'
  );
}

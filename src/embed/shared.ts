/**
 * Modules the boot (dist/consentry.js) carries and shares with its parts through
 * `window.__consentryRuntime.m`: a part imports them as usual, and the build (rollup.config.mjs reads the
 * list below) turns those imports into reads of the boot's copy. So the codec, the state rules and the
 * cookie code are downloaded once, and every part uses the same error classes. Only modules the boot itself
 * runs belong here: a listed module comes whole (its namespace is kept), so what only parts use (the
 * codec's writer, the event emitter, subject ids) stays in the parts.
 */
import * as codec from '../core/codec';
import * as cookie from '../core/cookie';
import * as cookieScopes from '../core/cookie-scopes';
import * as errors from '../core/errors';
import * as kinds from '../core/kinds';
import * as localize from '../core/localize';
import * as locales from '../core/locales';
import * as regions from '../core/regions';
import * as state from '../core/state';
import * as tabs from '../core/tabs';
import * as googleDefault from '../gate/google/default';
import * as signals from '../gate/google/signals';
import type { ConsentryRuntime } from './runtime';

export function shareModules(rt: ConsentryRuntime): void {
  rt.m = { codec, cookie, cookieScopes, errors, kinds, localize, locales, regions, state, tabs, googleDefault, signals };
}

/**
 * Modules the boot (dist/consentry.js) carries and shares with its parts through
 * `window.__consentryRuntime.m`: a part imports them as usual, and the build (rollup.config.mjs reads the
 * list below) turns those imports into reads of the boot's copy. So the codec, the state rules and the
 * cookie code are downloaded once, and every part uses the same error classes.
 */
import * as codec from '../core/codec';
import * as cookie from '../core/cookie';
import * as cookieScopes from '../core/cookie-scopes';
import * as errors from '../core/errors';
import * as emitter from '../core/emitter';
import * as kinds from '../core/kinds';
import * as localize from '../core/localize';
import * as locales from '../core/locales';
import * as state from '../core/state';
import * as tabs from '../core/tabs';
import * as uuid from '../core/uuid';
import * as googleDefault from '../gate/google/default';
import * as signals from '../gate/google/signals';
import type { ConsentryRuntime } from './runtime';

export function shareModules(rt: ConsentryRuntime): void {
  rt.m = { codec, cookie, cookieScopes, errors, emitter, kinds, localize, locales, state, tabs, uuid, googleDefault, signals };
}

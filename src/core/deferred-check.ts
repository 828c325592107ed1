import { checksum } from './codec';
import { ConfigError, type ConfigProblem } from './errors';
import { isObject } from './is-object';
import type { Check } from './reader';
import { VERSION } from './version';

/**
 * A production build's config check, run after the first bytes rather than before them: the config's key
 * (computed when first asked) and the structural check itself (`problems`, whose code loads on demand).
 * The consent cookie carries the key of the config it was written under, so a config text that passed once
 * is not checked again; until a check passes, nothing counts as granted (see `createReader`). `run()`
 * rejects with a ConfigError when `problems` finds any or cannot run.
 */
export function deferredCheck(raw: Record<string, unknown>, problems: () => Promise<ConfigProblem[]>): Check {
  let key: string | undefined;
  let ran: Promise<void> | undefined;
  return {
    // of the text the check reads: `ui` it only requires to be an object (its nonce may change per response)
    key: () => (key ||= checksum(VERSION + JSON.stringify({ ...raw, ui: isObject(raw.ui) || raw.ui }))),
    // once: a reader made again (see createConsent) shares the first one's check
    run: () =>
      (ran ||= Promise.resolve()
        .then(problems)
        .then(
          (found) => {
            if (found.length) throw new ConfigError(found);
          },
          (e) => {
            throw new ConfigError([{ path: '(config)', message: `could not be checked (${e && e.message})` }]);
          },
        )),
  };
}

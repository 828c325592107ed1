/**
 * `consentry/gate`: declarative blocking of any tag (`data-consent`), accessible iframe placeholders, and
 * per-purpose cookie cleanup on withdrawal. Google Consent Mode lives in `consentry/google`.
 *
 * ```ts
 * import { createConsent } from 'consentry';
 * import { startGate } from 'consentry/gate';
 * const gate = startGate(createConsent(config));
 * ```
 */
import type { Consent } from '../core/types';
import { gate, type GateController, type GateOptions } from './block';
import { placeholder } from './placeholder';

/**
 * Declarative blocking. `<script type="text/plain" data-consent="analytics">` (inline or with `data-src`)
 * and `iframe` / `img` / `link` / any element with `data-consent` + `data-src` are activated once every
 * purpose listed in `data-consent` is granted, in document order; scripts with a source run one after
 * another unless `async`. Inline scripts are re-created with the same text (never eval); `async`, `defer`,
 * `nonce`, `integrity`, `crossorigin`, `referrerpolicy` and every other attribute are kept, `data-type`
 * becomes `type` (`module`). On a page with a CSP nonce (`opts.nonce`, else the first `<script nonce>` that
 * is not a tagged one) only scripts carrying that nonce are released. Only http(s) and relative URLs load.
 * `!id` in `data-consent` requires that purpose NOT to be granted; an id the config does not have keeps the
 * element blocked in both forms. Elements without `data-src` (and not a text/plain script) are shown or
 * hidden (`hidden`) as their condition holds. Blocked iframes get a placeholder (*Load once*, *Always
 * allow*); an iframe whose purpose is withdrawn is blocked again. Elements inserted later are handled the
 * same way (MutationObserver). A purpose's cookies are deleted when it stops being granted.
 */
export function startGate(consent: Consent, opts: GateOptions = {}): GateController {
  return gate(consent, {
    ...opts,
    placeholder: opts.placeholder === false ? false : opts.placeholder === true || !opts.placeholder ? placeholder : opts.placeholder,
  });
}

export type { GateOptions, GateController, PlaceholderFactory } from './block';
export { placeholder, type PlaceholderProps } from './placeholder';
export { startCleanup, cleanupPurpose } from './cleanup';
export { deleteCookies, cookieMatcher, cookieNames } from './delete-cookies';
export type { DeleteOptions } from './delete-cookies';
export { cookieDomains, cookiePaths } from '../core/cookie-variants';
export { validateBlockingConfig, type BlockingConfig } from './config';

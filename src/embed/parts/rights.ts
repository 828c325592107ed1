/**
 * dist/consentry-rights.js — members and rights requests for the script tag, loaded on demand: by
 * `window.consentry.identify()` / `forget()`, or when the page has `[data-consentry-rights]` elements
 * (each gets a RightsRequestForm; `data-consentry-rights="deletion"` preselects a kind,
 * `data-heading-level="3"` sets its heading). The glue on the bundle's side is src/embed/members.ts.
 */
import { h, render } from 'preact';
import type { Consent } from '../../core/types';
import { createMembers, type Members } from '../../members/client';
import { REQUEST_KINDS, type RightsRequestKind } from '../../members/rights';
import type { Receipts } from '../../receipts/create';
import { RightsRequestForm } from '../../ui/rights/RightsRequestForm';
import { registerPart } from '../register';

export interface RightsPart {
  /** The page's members client (one per page). */
  members(consent: Consent, receipts: Receipts): Members;
  /** Renders a rights request form into `el` (its attributes choose the kind and heading level). */
  mount(el: Element, members: Members, consent: Consent): void;
}

let handle: Members | undefined;

registerPart('rights', {
  members: (consent, receipts) => (handle ||= createMembers(consent, receipts)),
  mount(el, members, consent) {
    const kind = el.getAttribute('data-consentry-rights') as RightsRequestKind;
    const level = Number(el.getAttribute('data-heading-level'));
    render(
      h(RightsRequestForm, {
        submit: (r) => members.request(r),
        jurisdiction: consent.config.controller.jurisdiction,
        // the `ui.locale` option, then the config's locale, before the page's, as the banner picks them
        locale: [(consent.config.ui as { locale?: string } | undefined)?.locale, consent.config.locale].find((l) => l && l != 'auto'),
        kind: REQUEST_KINDS.includes(kind) ? kind : undefined,
        headingLevel: level == 3 || level == 4 ? level : 2,
      }),
      el,
    );
  },
} satisfies RightsPart);

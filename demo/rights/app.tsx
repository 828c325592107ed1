/**
 * The rights request form on the demo's privacy page (section 6), as an npm site would add it: the
 * member's account consents (the sign-up page's config and receipts), the members client, and
 * RightsRequestForm from `consentry/rights`. A signed-in member's request carries the member proof; an
 * anonymous visitor's, the browser's own consent record.
 */
import { render } from 'preact';
import { createConsent } from 'consentry';
import { createReceipts } from 'consentry/receipts';
import { createMembers } from 'consentry/members';
import { RightsRequestForm } from 'consentry/rights';
import { signupConfig } from '../signup/config';

const consent = createConsent(signupConfig);
const receipts = createReceipts(consent, { endpoint: '/v1/receipts' });
const members = createMembers(consent, receipts);
const session = () =>
  fetch('/demo/session', { cache: 'no-store' })
    .then((r) => (r.ok ? r.json() : null))
    .then((s) => (s && s.accountId ? s : null));

session()
  .then((s) => s && members.identify(s.accountId, { proof: () => session().then((x) => x.proof), load: false }))
  .catch((e) => console.error(e))
  .finally(() => {
    document
      .querySelectorAll<HTMLElement>('[data-rights-form]')
      .forEach((el) =>
        render(
          <RightsRequestForm
            submit={(r) => members.request(r)}
            jurisdiction={signupConfig.controller.jurisdiction}
            locale={el.getAttribute('data-rights-form') || 'ko'}
            headingLevel={3}
          />,
          el,
        ),
      );
  });

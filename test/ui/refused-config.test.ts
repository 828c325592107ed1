// A production build checks the config after createConsent returns (src/core/checked.ts). The widget mounted on
// a config that check refuses goes from the page (no answer given under it could be recorded); the core's one
// console error is the only one. The valid config's banner shows once the check passed.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createConsent } from '../../src/core';
import { mountConsentUI } from '../../src/ui';
import { $, flush, siteConfig } from './setup';

afterEach(() => {
  document.body.replaceChildren();
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

/** The site config with a typo the structural check refuses (`retension`). */
const withTypo = () => {
  const c = siteConfig() as unknown as { purposes: Record<string, unknown>[] };
  c.purposes[1].retension = c.purposes[1].retention;
  return c;
};

describe('the widget under a config a production build refused', () => {
  it('shows no banner and no reopen button and leaves the page; ui.shown settles; one console error', async () => {
    vi.stubEnv('NODE_ENV', 'production');
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const consent = createConsent(withTypo(), { storage: 'memory', crossTab: false });
    const ui = mountConsentUI(consent, { locale: 'ko', reopenButton: true });
    await ui.shown;
    await expect(consent.ready).rejects.toThrow(/retension: unknown key/);
    await import('../../src/ui/widget-banner');
    await flush();
    await flush();
    const root = ui.el.shadowRoot!;
    expect($(root, '[data-action="agree-all"]')).toBeNull();
    expect($(root, '[data-action="reopen"]')).toBeNull();
    expect(ui.el.isConnected).toBe(false);
    expect(errors.mock.calls.map((a) => String(a[0]).slice(0, 39))).toEqual(['consentry: nothing is granted until the']);
    ui.destroy();
  });

  it('the form layout goes too', async () => {
    vi.stubEnv('NODE_ENV', 'production');
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const target = document.body.appendChild(document.createElement('div'));
    target.id = 'signup-consent';
    const consent = createConsent(withTypo(), { storage: 'memory', crossTab: false });
    const ui = mountConsentUI(consent, { locale: 'ko', layout: 'form', target: '#signup-consent' });
    await ui.shown;
    await consent.ready.catch(() => {});
    await flush();
    expect(target.childElementCount).toBe(0);
  });

  it('the same config, valid: the banner shows once the check passed', async () => {
    vi.stubEnv('NODE_ENV', 'production');
    const consent = createConsent(siteConfig(), { storage: 'memory', crossTab: false });
    const ui = mountConsentUI(consent, { locale: 'ko' });
    await ui.shown;
    expect($(ui.el.shadowRoot!, '[data-action="agree-all"]')).not.toBeNull();
    ui.destroy();
  });
});

import { useState } from 'preact/hooks';
import type { Consent } from '../../core/types';
import { safeUrl } from '../../core/validate';
import type { Strings } from '../types';

/**
 * The first-layer banner as a Preact component, for apps that render the widget themselves (the script
 * tag and `mountConsentUI` draw the same markup without Preact). Equal buttons: agree to all, disagree
 * to all (or "required only"), choose. Show it while `consent.needsDecision()`; pair it with
 * `GuardianForm` when children are configured.
 */
export function Banner({ consent, locale, t, onChoose, onDone }: { consent: Consent; locale: string; t: Strings; onChoose(): void; onDone?(): void }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const required = consent.config.purposes.some((p) => p.necessity == 'required');
  const url = safeUrl(consent.config.policy.url);
  const run = (fn: () => Promise<unknown>) => {
    setBusy(true);
    setError('');
    fn().then(
      () => {
        setBusy(false);
        if (onDone) onDone();
      },
      (e) => {
        console.error('consentry:', e);
        setBusy(false);
        setError(t.failed);
      },
    );
  };
  const meta = { method: 'banner' as const, locale };
  return (
    <section class="cs-banner" aria-labelledby="cs-banner-title" data-consentry-banner="">
      <h2 id="cs-banner-title">{t.bannerTitle}</h2>
      <p>
        {t.bannerText} {url && <a href={url}>{t.policy}</a>}
      </p>
      <div class="cs-btns">
        <button type="button" class="cs-btn" data-action="agree-all" disabled={busy} onClick={() => run(() => consent.agreeAll(meta))}>
          {t.agreeAll}
        </button>
        <button type="button" class="cs-btn" data-action="disagree-all" disabled={busy} onClick={() => run(() => consent.disagreeAll({ ...meta, acceptRequired: required }))}>
          {required ? t.requiredOnly : t.disagreeAll}
        </button>
        <button type="button" class="cs-btn" data-action="preferences" disabled={busy} onClick={onChoose}>
          {t.choose}
        </button>
      </div>
      <p class="cs-status" aria-live="polite">
        {error}
      </p>
    </section>
  );
}

import { useState } from 'preact/hooks';
import type { Consent } from '../../core/types';
import { safeUrl } from '../../core/is';
import { bannerRows, hasRequired } from '../first-layer';
import type { Strings } from '../types';
import { RefuseAll } from './RefuseAll';

/**
 * The first-layer banner as a Preact component, for apps that render the widget themselves (the script
 * tag and `mountConsentUI` draw the same markup without Preact, from the same `bannerRows`). It lists every
 * purpose with its badge (and the details of those with `bannerDetails`), then equal buttons: agree to all,
 * reject all (or "required only"), customize. "Agree to all" grants only what the banner shows; when items
 * are left, `onChoose(rest)` is called with their ids so the app opens the preferences for them. Show it
 * while `consent.needsDecision()`; pair it with `AgeGate` when children are configured.
 */
export function Banner({
  consent,
  locale,
  t,
  onChoose,
  onDone,
}: {
  consent: Consent;
  locale: string;
  t: Strings;
  onChoose(rest?: string[]): void;
  onDone?(): void;
}) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const required = hasRequired(consent);
  const url = safeUrl(consent.config.policy.url);
  const run = (fn: () => Promise<unknown>, then?: () => void) => {
    setBusy(true);
    setError('');
    fn().then(
      () => {
        setBusy(false);
        if (onDone) onDone();
        if (then) then();
      },
      (e) => {
        console.error('consentry:', e);
        setBusy(false);
        setError(t.failed);
      },
    );
  };
  const meta = { method: 'banner' as const, locale };
  const afterAgreeAll = () => {
    const rest = consent.pending();
    if (rest[0] && consent.snapshot().ageGroup != 'child') onChoose(rest);
  };
  return (
    <section class="cs-banner" aria-labelledby="cs-banner-title" data-consentry-banner="">
      <h2 id="cs-banner-title">{t.bannerTitle}</h2>
      <p>
        {t.bannerText} {url && <a href={url}>{t.policy}</a>}
      </p>
      <ul class="cs-items" aria-label={t.itemsLabel}>
        {bannerRows(consent, locale, t).map((r) => (
          <li key={r.id} data-item={r.id}>
            <span class="cs-t">{r.title}</span> <span class={'cs-badge cs-' + r.necessity}>{t[r.necessity]}</span>
            {r.separate && <span class="cs-sep">{t.separately}</span>}
            {r.details.map(([k, v]) => (
              <span class="cs-d" key={k + v}>
                <span class="cs-k">{k + ': '}</span>
                {v}
              </span>
            ))}
          </li>
        ))}
      </ul>
      <div class="cs-btns">
        <button
          type="button"
          class="cs-btn"
          data-action="agree-all"
          disabled={busy}
          onClick={() => run(() => consent.agreeAll(meta), afterAgreeAll)}
        >
          {t.agreeAll}
        </button>
        <RefuseAll consent={consent} meta={meta} required={required} busy={busy} run={run} t={t} />
        <button type="button" class="cs-btn" data-action="preferences" disabled={busy} onClick={() => onChoose()}>
          {t.choose}
        </button>
      </div>
      <p class="cs-status" aria-live="polite">
        {error}
      </p>
    </section>
  );
}

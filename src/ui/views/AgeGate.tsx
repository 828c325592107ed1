import { useEffect, useRef, useState } from 'preact/hooks';
import type { Consent } from '../../core/types';
import { safeUrl } from '../../core/validate';
import { fmt } from '../strings';
import type { MountOptions, Strings } from '../types';
import { GuardianDialog, minimumAge } from './Guardian';

/**
 * The first layer when children are configured (PIPA 22-2): the age question comes first; a child then
 * gets the guardian step (or can refuse everything, which needs no guardian). `onDone(decided)` after
 * the age is answered or the guardian recorded (`decided` when the child refused all).
 */
export function AgeGate({ consent, locale, t, options, onDone }: { consent: Consent; locale: string; t: Strings; options?: MountOptions; onDone(decided: boolean): void }) {
  const [group, setGroup] = useState(() => consent.snapshot().ageGroup);
  const [guardian, setGuardian] = useState(false);
  const [error, setError] = useState('');
  const first = useRef<HTMLButtonElement>(null);
  const asked = useRef(false);
  const age = minimumAge(consent);
  const url = safeUrl(consent.config.policy.url);
  // the answer replaced the buttons under the visitor's focus: put it on the new first button
  useEffect(() => {
    if (asked.current && !guardian) first.current!.focus();
  }, [group, guardian]);
  const answer = (g: 'adult' | 'child') => {
    asked.current = true;
    consent.setAgeGroup(g);
    setGroup(g);
    if (g == 'adult') onDone(false);
    else setGuardian(true);
  };
  const refuse = () => {
    setError('');
    consent.disagreeAll({ method: 'banner', locale }).then(
      () => onDone(true),
      (e) => {
        console.error('consentry:', e);
        setError(t.failed);
      },
    );
  };
  const btn = (action: string, label: string, onClick: () => void, ref?: typeof first) => (
    <button type="button" class="cs-btn" data-action={action} onClick={onClick} ref={ref}>
      {label}
    </button>
  );
  return (
    <>
      <section class="cs-banner" aria-labelledby="cs-age-title" data-consentry-age="">
        <h2 id="cs-age-title">{t.bannerTitle}</h2>
        <p>
          {fmt(group ? t.guardianNeeded : t.ageQuestion, { age })} {url && <a href={url}>{t.policy}</a>}
        </p>
        <div class="cs-btns" key={group ? 'g' : 'a'}>
          {group
            ? [btn('guardian', t.guardianStart, () => setGuardian(true), first), btn('disagree-all', t.disagreeAll, refuse)]
            : [btn('age-adult', fmt(t.ageYes, { age }), () => answer('adult'), first), btn('age-child', fmt(t.ageNo, { age }), () => answer('child'))]}
        </div>
        {error && <p class="cs-status">{error}</p>}
      </section>
      {guardian && (
        <GuardianDialog
          consent={consent}
          locale={locale}
          t={t}
          options={options}
          onClose={(recorded) => {
            setGuardian(false);
            if (recorded) onDone(false);
          }}
        />
      )}
    </>
  );
}

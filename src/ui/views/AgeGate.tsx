import { useEffect, useRef, useState } from 'preact/hooks';
import type { Consent } from '../../core/types';
import { safeUrl } from '../../core/is';
import { fmt } from '../locale';
import type { MountOptions, Strings } from '../types';
import { GuardianDialog, minimumAge } from './Guardian';

/**
 * The first layer when children are configured (PIPA 22-2): the age question comes first. A child then
 * asks a guardian ("법정대리인에게 동의 요청": the guardian answers every item in the guardian's sheet) or
 * rejects all optional items; with `children.mode: 'refuse'` a child is told politely that the service does
 * not take children, and optional items are recorded as refused. `onDone(decided, note)` when it is over;
 * `hold(true)` keeps this view up while the refusal is being read.
 */
export function AgeGate(props: {
  consent: Consent;
  locale: string;
  t: Strings;
  options?: MountOptions;
  onDone(decided: boolean, note?: string): void;
  hold?(on: boolean): void;
}) {
  const { consent, locale, t } = props;
  const [group, setGroup] = useState(() => consent.snapshot().ageGroup);
  const [guardian, setGuardian] = useState(false);
  const [error, setError] = useState('');
  const first = useRef<HTMLButtonElement>(null);
  const asked = useRef(false);
  const age = minimumAge(consent);
  const refuse = consent.config.children!.mode == 'refuse';
  const url = safeUrl(consent.config.policy.url);
  // the answer replaced the buttons under the visitor's focus: put it on the new first button
  useEffect(() => {
    if (asked.current && !guardian && first.current) first.current.focus();
  }, [group, guardian]);
  const rejectAll = (then: () => void) => {
    setError('');
    consent.disagreeAll({ method: 'banner', locale }).then(then, (e) => {
      console.error('consentry:', e);
      setError(t.failed);
    });
  };
  const answer = (g: 'adult' | 'child') => {
    asked.current = true;
    if (g == 'child' && refuse && props.hold) props.hold(true);
    consent.setAgeGroup(g);
    setGroup(g);
    if (g == 'adult') props.onDone(false);
    // nothing is granted to a child here; the optional items are recorded as refused
    else if (refuse) rejectAll(() => {});
  };
  const btn = (action: string, label: string, onClick: () => void, ref?: typeof first) => (
    <button type="button" class="cs-btn" data-action={action} onClick={onClick} ref={ref}>
      {label}
    </button>
  );
  const text = !group ? t.ageQuestion : refuse ? t.childRefused : t.guardianNeeded;
  return (
    <>
      <section class="cs-banner" aria-labelledby="cs-age-title" data-consentry-age="" data-refused={group && refuse ? '' : undefined}>
        <h2 id="cs-age-title">{t.bannerTitle}</h2>
        <p>
          {fmt(text, { age })} {url && <a href={url}>{t.policy}</a>}
        </p>
        <div class="cs-btns" key={group ? 'g' : 'a'}>
          {!group
            ? [
                btn('age-adult', fmt(t.ageYes, { age }), () => answer('adult'), first),
                btn('age-child', fmt(t.ageNo, { age }), () => answer('child')),
              ]
            : refuse
              ? [btn('close', t.ok, () => props.onDone(true), first)]
              : [
                  btn('guardian', t.guardianStart, () => setGuardian(true), first),
                  btn('disagree-all', t.disagreeAll, () => rejectAll(() => props.onDone(true))),
                ]}
        </div>
        {error && <p class="cs-status">{error}</p>}
      </section>
      {guardian && (
        <GuardianDialog
          consent={consent}
          locale={locale}
          t={t}
          options={props.options}
          onClose={(note) => {
            setGuardian(false);
            if (note) props.onDone(false, note);
          }}
        />
      )}
    </>
  );
}

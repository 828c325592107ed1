import { useEffect, useRef, useState } from 'preact/hooks';
import { localize } from '../../core/localize';
import type { Consent } from '../../core/types';
import { safeUrl } from '../../core/is';
import type { GuideOption, MyRecord, MyRecordSummary, Strings } from '../types';

/** A date and time in the visitor's locale, via Intl. */
export const formatDate = (at: number, locale: string): string =>
  new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' }).format(new Date(at));

/** "My consent record": the latest receipt's id, date, policy version and choices, and a Download button. */
export function MyRecordBox({ record, consent, locale, t }: { record: MyRecord; consent: Consent; locale: string; t: Strings }) {
  const [summary, setSummary] = useState<MyRecordSummary | null | undefined>();
  const [failed, setFailed] = useState('');
  useEffect(() => {
    let live = true;
    record.latest().then(
      (s) => live && setSummary(s),
      (e) => {
        console.error('consentry:', e);
        if (live) setSummary(null);
      },
    );
    return () => void (live = false);
  }, [record]);
  const title = (id: string) => {
    const p = consent.config.purposes.find((x) => x.id == id);
    return p ? localize(p.title, locale) : id;
  };
  const download = () => {
    setFailed('');
    record.download().catch((e) => {
      console.error('consentry:', e);
      setFailed(t.failed);
    });
  };
  return (
    <section class="cs-box" aria-labelledby="cs-record-title" data-consentry-record="">
      <h3 id="cs-record-title">{t.recordTitle}</h3>
      {summary === undefined ? (
        <p>{t.recordLoading}</p>
      ) : summary === null ? (
        <p>{t.recordNone}</p>
      ) : (
        <>
          <dl>
            <dt>{t.recordId}</dt>
            <dd>
              <code>{summary.id}</code>
            </dd>
            <dt>{t.recordDate}</dt>
            <dd>{formatDate(summary.at, locale)}</dd>
            {summary.policyVersion && [<dt key="p">{t.recordPolicy}</dt>, <dd key="pv">{summary.policyVersion}</dd>]}
            <dt>{t.recordChoices}</dt>
            <dd>
              <ul>
                {summary.purposes.map((p) => (
                  <li key={p.id}>
                    {title(p.id)}: {t[`state_${p.state}`]}
                  </li>
                ))}
              </ul>
            </dd>
          </dl>
          <button type="button" class="cs-btn" data-action="download-record" onClick={download}>
            {t.download}
          </button>
          {failed && <p class="cs-warn" role="alert">{failed}</p>}
        </>
      )}
    </section>
  );
}

/** "How to manage cookies in your browser": a link to `guide.url`, or a disclosure that `guide.mount` fills. */
export function GuideBox({ guide, locale, t }: { guide: GuideOption; locale: string; t: Strings }) {
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  const mounted = useRef(false);
  useEffect(() => {
    if (!open || mounted.current || !guide.mount) return;
    mounted.current = true;
    try {
      guide.mount(ref.current!, locale);
    } catch (e) {
      console.error('consentry:', e);
    }
  }, [open]);
  const url = safeUrl(guide.url);
  if (!guide.mount && !url) return null;
  return (
    <section class="cs-box" aria-label={t.guide} data-consentry-guide-box="">
      {guide.mount ? (
        <>
          <button type="button" class="cs-more" aria-expanded={open} aria-controls="cs-guide" onClick={() => setOpen(!open)}>
            {t.guide}
          </button>
          <div id="cs-guide" ref={ref} hidden={!open} />
        </>
      ) : (
        <a href={url}>{t.guide}</a>
      )}
    </section>
  );
}

import { useEffect, useRef, useState } from 'preact/hooks';
import { safeUrl } from '../../core/is';
import type { GuideOption, Strings } from '../types';

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

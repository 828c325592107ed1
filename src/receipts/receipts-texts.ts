import type { Consent } from '../core/types';
import { sha256HexSync } from './canonical';
import { noticeText } from './notice';
import type { Envelope } from './send';
import type { Receipt } from './types';

/** The exact notice texts sent beside the receipts that refer to them (by `noticeHash`), once per text and page. */
export function receiptsTexts(consent: Consent) {
  /** Notice texts (by hash) already sent from this page, and each purpose's text per locale. */
  const textsSent = new Set<string>();
  const textOf = new Map<string, { hash: string; text: string } | null>();
  const noticeFor = (id: string, locale: string, hash: string): string | undefined => {
    const k = id + '\u0000' + locale;
    if (!textOf.has(k)) {
      const p = consent.config.purposes.find((x) => x.id === id);
      const text = p && noticeText(p, locale);
      textOf.set(k, text ? { hash: sha256HexSync(text), text } : null);
    }
    const t = textOf.get(k);
    return t && t.hash === hash ? t.text : undefined;
  };
  return {
    /** The texts `batch` refers to that this page has not sent yet (undefined when there are none). */
    pick(batch: Receipt[]): Envelope['texts'] {
      const texts: NonNullable<Envelope['texts']> = {};
      for (const r of batch)
        for (const p of r.purposes) {
          if (textsSent.has(p.noticeHash) || texts[p.noticeHash]) continue;
          const t = noticeFor(p.id, r.locale, p.noticeHash);
          if (t) texts[p.noticeHash] = t;
        }
      return Object.keys(texts).length ? texts : undefined;
    },
    /** The collector answered an upload: its texts count as sent. */
    answered(env: Envelope) {
      for (const h of Object.keys(env.texts || {})) textsSent.add(h);
    },
  };
}

import { transfers } from '../core/kinds';
import { localize } from '../core/localize';
import type { ConsentConfig, Purpose } from '../core/types';
import type { Receipt, ReceiptPurpose } from './types';

/** One Kantara Consent Receipt v1.1 (Kantara Initiative Consent Receipt Specification v1.1.0). */
export interface KantaraReceipt {
  version: 'KI-CR-v1.1.0';
  jurisdiction: string;
  /** Seconds since the Unix epoch. */
  consentTimestamp: number;
  collectionMethod: string;
  consentReceiptID: string;
  language?: string;
  piiPrincipalId: string;
  piiControllers: {
    piiController: string;
    onBehalf?: boolean;
    contact: string;
    address: { streetAddress?: string; addressCountry?: string };
    email: string;
    phone: string;
    piiControllerUrl?: string;
  }[];
  policyUrl: string;
  services: { service: string; purposes: KantaraPurpose[] }[];
  sensitive: boolean;
  spiCat?: string[];
}

export interface KantaraPurpose {
  purpose: string;
  purposeCategory: string[];
  consentType: string;
  piiCategory: string[];
  primaryPurpose?: boolean;
  termination: string;
  thirdPartyDisclosure: boolean;
  thirdPartyName?: string;
}

/** Our purpose kinds → Kantara v1.1 purpose categories (appendix list; see the README for the mapping's caveats). */
const CATEGORY: { [kind: string]: string } = {
  service: '1 - Core Function',
  security: '1 - Core Function',
  functional: '1 - Core Function',
  unique_id: '2 - Contracted Service',
  sensitive: '2 - Contracted Service',
  purpose_change: '2 - Contracted Service',
  personalization: '5 - Personalized Experience',
  marketing: '6 - Marketing',
  advertising: '7 - Marketing Third Parties',
  sale: '9 - Sharing for Marketing',
  sharing: '9 - Sharing for Marketing',
  third_party: '10 - 3rd Party Sharing for Core Function',
  overseas_transfer: '10 - 3rd Party Sharing for Core Function',
  analytics: '16 - Improve Performance',
};

/** A PI category when the config lists no data items. */
const DEFAULT_PII: { [kind: string]: string } = {
  analytics: 'Browsing behaviour',
  advertising: 'Browsing behaviour',
  marketing: '2 - Contact',
  personalization: 'Preferences',
};

const METHOD: { [m: string]: string } = {
  banner: 'web consent banner',
  preferences: 'web consent preferences dialog',
  form: 'web consent form',
  api: 'site application via the consent API',
  guardian: 'guardian consent form',
  placeholder: 'blocked-content placeholder',
  gpc: 'Global Privacy Control signal',
  expiry: 'expiry of an earlier answer',
  notice: 'acknowledgement of a privacy notice',
  'opt-out': 'web "Do Not Sell or Share" opt-out link',
};

const UNTIL_WITHDRAWN: { [lang: string]: string } = { ko: '동의 철회 시까지', en: 'until consent is withdrawn' };

function kantaraPurpose(rp: ReceiptPurpose, p: Purpose | undefined, locale: string): KantaraPurpose {
  const lang = locale.split('-')[0];
  const items = (p?.items ?? []).map((i) => localize(i, locale)).filter(Boolean);
  const names = [
    ...(p?.recipients ?? []).map((r) => localize(r.name, locale)),
    ...(p ? transfers(p).map((x) => localize(x.recipient, locale)) : []),
    // the vendor integrations the purpose let run, by product name, where the config's texts do not name them
    ...(rp.vendors ?? []),
  ].filter((n, i, all) => n && all.indexOf(n) == i);
  const out: KantaraPurpose = {
    purpose: (p && localize(p.purpose, locale)) || rp.title || rp.id,
    purposeCategory: [CATEGORY[rp.kind] ?? '2 - Contracted Service'],
    consentType: 'EXPLICIT',
    piiCategory: items.length ? items : [DEFAULT_PII[rp.kind] ?? '5 - Network/Service'],
    primaryPurpose: rp.necessity === 'required',
    termination: (p && localize(p.retention, locale)) || UNTIL_WITHDRAWN[lang] || UNTIL_WITHDRAWN.en,
    thirdPartyDisclosure: names.length > 0,
  };
  if (names.length) out.thirdPartyName = names.join(', ');
  return out;
}

/**
 * Kantara Consent Receipt v1.1 JSON, one per receipt that gives consent to at least one purpose
 * (Kantara receipts document consent given: refusals, withdrawals and expiries are left out — the
 * ISO 27560 export has them). `config` (optional) supplies the texts: purpose, items, retention,
 * recipients, and the controller's e-mail, phone, address and URL; without it the receipt's own
 * fields are used. The texts are the config's current ones; the receipt's `noticeHash` proves which were shown.
 */
export function toKantara(receipts: Receipt[], config?: ConsentConfig): KantaraReceipt[] {
  const out: KantaraReceipt[] = [];
  const c = config?.controller;
  for (const r of receipts) {
    const given = r.purposes.filter((p) => p.state === 'given');
    if (!given.length) continue;
    const find = (id: string) => config?.purposes.find((p) => p.id === id);
    const sensitive = given.filter((p) => p.kind === 'sensitive');
    const contact = r.controller.contact;
    const k: KantaraReceipt = {
      version: 'KI-CR-v1.1.0',
      jurisdiction: r.controller.jurisdiction,
      consentTimestamp: Math.floor(Date.parse(r.timestamp) / 1000),
      collectionMethod: `${METHOD[r.method] ?? r.method} (consentry ${r.sdk.version})`,
      consentReceiptID: r.id,
      language: r.locale.split('-')[0].toLowerCase(),
      piiPrincipalId: r.subjectId,
      piiControllers: [
        {
          piiController: r.controller.name,
          contact,
          address: {
            ...(c?.address ? { streetAddress: localize(c.address, r.locale) } : {}),
            addressCountry: r.controller.jurisdiction,
          },
          email: c?.email ?? (contact.includes('@') ? contact.replace(/^mailto:/i, '') : ''),
          phone: c?.phone ?? '',
          ...(c?.url ? { piiControllerUrl: c.url } : {}),
        },
      ],
      policyUrl: r.policy.url,
      services: [
        {
          service: String((config?.receipts as { service?: unknown } | undefined)?.service ?? r.controller.name),
          purposes: given.map((p) => kantaraPurpose(p, find(p.id), r.locale)),
        },
      ],
      sensitive: sensitive.length > 0,
    };
    if (sensitive.length) {
      k.spiCat = sensitive.flatMap((p) => {
        const items = (find(p.id)?.items ?? []).map((i) => localize(i, r.locale)).filter(Boolean);
        return items.length ? items : [p.title || p.id];
      });
    }
    out.push(k);
  }
  return out;
}

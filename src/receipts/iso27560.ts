import { lifetimeDays, transfers } from '../core/kinds';
import { localize } from '../core/localize';
import type { ConsentConfig, NormalizedConfig } from '../core/types';
import type { Receipt, ReceiptState } from './types';

/** JSON-LD context: W3C DPV, Dublin Core terms, and `consentry:` for the fields DPV has no term for. */
export const DPV_CONTEXT = {
  dpv: 'https://w3id.org/dpv#',
  dct: 'http://purl.org/dc/terms/',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  loc: 'https://w3id.org/dpv/loc#',
  consentry: 'urn:consentry:vocab:',
  'dct:date': { '@type': 'xsd:dateTime' },
  'dpv:isIndicatedAtTime': { '@type': 'xsd:dateTime' },
} as const;

/** 27560 event state → DPV consent status. */
const STATUS: { [s in ReceiptState]: string } = {
  given: 'dpv:ConsentGiven',
  refused: 'dpv:ConsentRefused',
  withdrawn: 'dpv:ConsentWithdrawn',
  expired: 'dpv:ConsentExpired',
};

/** Our necessity → DPV necessity ("pii optional" in 27560). */
const NECESSITY: { [n: string]: string } = { required: 'dpv:Required', optional: 'dpv:Optional', notice: 'dpv:Required' };

/** Purpose kinds → DPV purpose concepts (best fit). */
const PURPOSE: { [kind: string]: string } = {
  service: 'dpv:ServiceProvision',
  functional: 'dpv:ServiceProvision',
  security: 'dpv:EnforceSecurity',
  analytics: 'dpv:ServiceOptimisation',
  marketing: 'dpv:Marketing',
  advertising: 'dpv:Advertising',
  personalization: 'dpv:ServicePersonalisation',
  third_party: 'dpv:ServiceProvision',
  overseas_transfer: 'dpv:ServiceProvision',
  sale: 'dpv:Marketing',
  sharing: 'dpv:Marketing',
};

/** Who indicated the state: the visitor, a guardian, or the controller's system (expiry). */
function indicatedBy(r: Receipt): string {
  if (r.method === 'expiry') return 'dpv:DataController';
  if (r.method === 'guardian' || r.guardian) return 'dpv:GuardianOfDataSubject';
  return 'dpv:DataSubject';
}

export interface Iso27560Export {
  '@context': typeof DPV_CONTEXT;
  '@graph': Record<string, unknown>[];
}

/**
 * ISO/IEC TS 27560 consent records as JSON-LD with the W3C DPV vocabulary: one `dpv:ConsentRecord` per
 * purpose per receipt, every state (given, refused, withdrawn, expired) as `dpv:hasConsentStatus`.
 * `config` (optional) adds the disclosure texts (data items, retention, recipients) and the validity period.
 */
export function toIso27560(receipts: Receipt[], config?: ConsentConfig): Iso27560Export {
  const graph: Record<string, unknown>[] = [];
  const expiry = (config as NormalizedConfig | undefined)?.expiry;
  for (const r of receipts) {
    if (!r.purposes.length) {
      // e.g. a guardian's consent recorded before any purpose was answered: keep the event in the export.
      graph.push({
        '@id': `urn:uuid:${r.id}`,
        '@type': 'dpv:ConsentRecord',
        'dct:identifier': r.id,
        'consentry:receiptId': r.id,
        'dpv:hasDataSubject': { '@id': `urn:consentry:subject:${r.subjectId}`, '@type': 'dpv:DataSubject', 'dct:identifier': r.subjectId },
        'dct:date': r.timestamp,
        'consentry:method': r.method,
        ...(r.region ? { 'consentry:region': r.region } : {}),
        ...(r.guardian ? { 'consentry:guardian': r.guardian } : {}),
        'consentry:hash': r.hash,
        'consentry:prev': r.prev,
      });
    }
    for (const rp of r.purposes) {
      const p = config?.purposes.find((x) => x.id === rp.id);
      const L = (v: Parameters<typeof localize>[0]) => localize(v, r.locale);
      // how long the answer counts in the browser, by kind (none for service and legal kinds)
      const days =
        p && expiry && (rp.state === 'given' || rp.state === 'refused')
          ? lifetimeDays(p, rp.state === 'given' ? 'agree' : 'disagree', expiry)
          : undefined;
      const recipients = [
        ...(p?.recipients ?? []).map((x) => ({ '@type': 'dpv:ThirdParty', 'dpv:hasName': L(x.name) })),
        ...(p ? transfers(p) : []).map((x) => ({
          '@type': 'dpv:ThirdParty',
          'dpv:hasName': L(x.recipient),
          'dpv:hasLocation': L(x.country),
        })),
      ];
      const record: Record<string, unknown> = {
        '@id': `urn:uuid:${r.id}#${rp.id}`,
        '@type': 'dpv:ConsentRecord',
        'dct:conformsTo': 'https://w3id.org/dpv/schema/dpv-27560#record',
        'dct:identifier': `${r.id}#${rp.id}`,
        'consentry:receiptId': r.id,
        'dpv:hasDataSubject': { '@id': `urn:consentry:subject:${r.subjectId}`, '@type': 'dpv:DataSubject', 'dct:identifier': r.subjectId },
        'dpv:hasDataController': {
          '@type': 'dpv:DataController',
          'dpv:hasName': r.controller.name,
          'dpv:hasContact': r.controller.contact,
        },
        'dpv:hasJurisdiction': `loc:${r.controller.jurisdiction}`,
        'dct:language': r.locale,
        'dpv:hasNotice': {
          '@type': 'dpv:ConsentNotice',
          'dct:hasVersion': r.policy.version,
          'dct:source': r.policy.url,
          'consentry:noticeHash': rp.noticeHash,
        },
        'dpv:hasPurpose': {
          '@id': `urn:consentry:purpose:${rp.id}`,
          '@type': PURPOSE[rp.kind] ?? 'dpv:Purpose',
          'dct:identifier': rp.id,
          'dct:title': rp.title,
          'dct:hasVersion': rp.version,
          'consentry:kind': rp.kind,
          ...(p?.purpose ? { 'dct:description': L(p.purpose) } : {}),
        },
        'dpv:hasNecessity': NECESSITY[rp.necessity],
        'dpv:hasLegalBasis': 'dpv:ExplicitlyExpressedConsent',
        'dct:date': r.timestamp,
        'dpv:hasConsentStatus': {
          '@type': STATUS[rp.state],
          'dpv:isIndicatedAtTime': r.timestamp,
          'dpv:isIndicatedBy': indicatedBy(r),
          'dpv:hasIndicationMethod': `consentry:method/${r.method}`,
        },
        'dpv:hasConsentControl': { '@type': 'dpv:WithdrawConsent', 'dpv:isExercisedAt': r.policy.url },
        'consentry:gpc': r.gpc,
        ...(r.region ? { 'consentry:region': r.region } : {}),
        'consentry:sdk': `${r.sdk.name}/${r.sdk.version}`,
        'consentry:hash': r.hash,
        'consentry:prev': r.prev,
      };
      if (days) record['dct:valid'] = `P${days}D`;
      if (p?.items?.length) record['dpv:hasPersonalData'] = p.items.map((i) => L(i));
      if (p?.retention) record['dpv:hasStorageCondition'] = { '@type': 'dpv:StorageDuration', 'dct:description': L(p.retention) };
      if (recipients.length) record['dpv:hasRecipient'] = recipients;
      if (rp.vendors) record['consentry:vendors'] = rp.vendors;
      if (rp.channels) record['consentry:channels'] = rp.channels;
      if (rp.nightTime) record['consentry:nightTime'] = rp.nightTime;
      if (rp.reconfirmDueAt) record['consentry:reconfirmDueAt'] = rp.reconfirmDueAt;
      if (r.guardian) record['consentry:guardian'] = r.guardian;
      graph.push(record);
    }
  }
  return { '@context': DPV_CONTEXT, '@graph': graph };
}

/**
 * Every Domain and Path a cookie can have been written with, for a page on `host` at `pathname`.
 * JavaScript cannot read a cookie's Domain or Path, and a cookie is only deleted by a write with the same
 * name, Domain and Path (RFC 6265 §5.3), so deletion tries each variant. The one home of these variants:
 * the core deletes its own cookie with them (its own scopes only), the gate a tag's cookies (every parent domain).
 */
import { domainForms } from './cookie-scopes';

// Second-level labels that, under a two-letter country TLD, are public suffixes (co.kr, go.kr, co.uk,
// com.au, co.jp, com.br, …). A small built-in list instead of the whole Public Suffix List: a miss only
// means one more harmless deletion attempt, and browsers refuse cookies on public suffixes anyway.
const SECOND_LEVEL = /^(a[cd]|asn|com?|e[ds]|edu|go[bv]?|govt|gr|hs|id|kg|lg|ltd|me|mil|ms|ne|net|nhs|nom|or|org|pe|plc|re|sc|sch)$/;

/**
 * Domain attribute values to try: `''` (host-only cookie, no Domain attribute), then the host and each
 * parent domain down to the registrable one, each with and without a leading dot; then `extra`.
 * IP addresses get only the host-only variant and the address itself; single-label hosts (`localhost`) the same.
 */
export function cookieDomains(host: string, extra: string[] = []): string[] {
  const labels = host.toLowerCase().replace(/\.$/, '').split('.');
  const out = ['', labels.join('.')];
  const n = labels.length;
  // an IPv4/IPv6 address has no parent domains
  if (!/^[\d.]+$|:/.test(host) && n > 1) {
    const suffix = labels[n - 1].length === 2 && n > 2 && SECOND_LEVEL.test(labels[n - 2]) ? 2 : 1;
    for (let i = 0; i < n - suffix; i++) {
      const d = labels.slice(i).join('.');
      out.push(d, '.' + d);
    }
  }
  for (const d of extra) out.push(...domainForms(d));
  return [...new Set(out)];
}

export { cookiePaths, domainForms } from './cookie-scopes';

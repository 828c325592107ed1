/**
 * The page's CSP nonce ('' when there is none), read from the first `<script nonce>` that is not itself a
 * tag waiting for consent (`data-consent` markup may be injected, and must not choose the nonce the gate
 * trusts). Browsers hide the nonce attribute once parsed; the property keeps it.
 */
export function pageNonce(doc: Document): string {
  for (const s of Array.from(doc.querySelectorAll<HTMLScriptElement>('script[nonce]:not([data-consent])'))) {
    const n = s.nonce || s.getAttribute('nonce');
    if (n) return n;
  }
  return '';
}

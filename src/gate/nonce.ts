/** The CSP nonce of the page's scripts ('' when there is none), for the tags consentry inserts. */
export function pageNonce(doc: Document): string {
  const s = doc.querySelector<HTMLScriptElement>('script[nonce]');
  // browsers hide the nonce attribute once parsed; the property keeps it
  return (s && (s.nonce || s.getAttribute('nonce'))) || '';
}

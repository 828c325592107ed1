/**
 * A subject's secret: 32 random bytes (`crypto.getRandomValues`) as base64url without padding (43
 * characters). Made with the subject's first receipt and kept in the journal (IndexedDB) only: never in a
 * cookie, localStorage or a message to other tabs. The first receipt registers its SHA-256
 * (`subjectKeyHash`); each upload carries the secret itself, so only this device can add to the chain.
 */
export function newSecret(): string {
  let s = '';
  for (const b of crypto.getRandomValues(new Uint8Array(32))) s += String.fromCharCode(b);
  return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

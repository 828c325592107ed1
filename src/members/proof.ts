/** Account ids as the collector takes them: 1–128 of `A-Z a-z 0-9 _ . : @ + = -`. */
export const ACCOUNT_ID = /^[A-Za-z0-9_.:@+=-]{1,128}$/;

/**
 * The `sub` and `exp` (ms) of a member proof, read without checking its signature (only the collector,
 * which holds the key, can): enough to catch a proof for another account or one that ran out before
 * sending it. Undefined when it is not a JWT.
 */
export function readProof(jwt: string): { sub?: string; expMs?: number } | undefined {
  const parts = typeof jwt == 'string' && jwt.length <= 4096 ? jwt.split('.') : [];
  if (parts.length != 3) return;
  try {
    const json = atob(parts[1].replace(/-/g, '+').replace(/_/g, '/'));
    const bytes = Uint8Array.from(json, (c) => c.charCodeAt(0));
    const p = JSON.parse(new TextDecoder().decode(bytes));
    if (!p || typeof p != 'object') return;
    return { sub: typeof p.sub == 'string' ? p.sub : undefined, expMs: typeof p.exp == 'number' ? p.exp * 1000 : undefined };
  } catch {
    return;
  }
}

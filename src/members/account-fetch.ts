import type { AccountPurpose } from './account-state';

/**
 * The account's consent from the collector at `url` (its first page; the next ones add their cursor), at most
 * about 10,000 purposes, within one timeout for all pages. Resolves to the purposes, or to why it failed (a
 * string: nothing is taken then).
 */
export async function fetchAccount(doFetch: typeof fetch, url: string, jwt: string, timeoutMs: number): Promise<AccountPurpose[] | string> {
  const ctrl = new AbortController();
  const timer = setTimeout(() => ctrl.abort(), timeoutMs);
  const purposes: AccountPurpose[] = [];
  try {
    let cursor: string | null = null;
    do {
      const res: Response = await doFetch(url + (cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''), {
        headers: { authorization: `Bearer ${jwt}` },
        signal: ctrl.signal,
        credentials: 'omit',
        cache: 'no-store',
      });
      if (!res.ok) return `HTTP ${res.status}`;
      const data: { purposes?: AccountPurpose[]; next?: unknown } | null = await res.json();
      if (!data || !Array.isArray(data.purposes)) return 'not an account state';
      purposes.push(...data.purposes);
      cursor = typeof data.next == 'string' ? data.next : null;
    } while (cursor && purposes.length < 10_000);
  } catch (e) {
    return ctrl.signal.aborted ? 'timeout' : String(e);
  } finally {
    clearTimeout(timer);
  }
  return purposes;
}

/**
 * Tells other tabs of the same site about a change: a BroadcastChannel `consentry:<cookie name>`,
 * or where there is none, the `storage` event of a localStorage key that is set and removed at once
 * (so nothing stays in localStorage). Messages carry the encoded consent (`''` after a reset) after a
 * time prefix that makes every message a change, even when the value repeats. Returns `[post, close]`.
 */
export function crossTab(name: string, receive: (value: string) => void): [(value: string) => void, () => void] {
  const key = 'consentry:' + name;
  const bc = typeof BroadcastChannel == 'function' && new BroadcastChannel(key);
  const on = (e: any) => {
    const v = bc ? e.data : e.key == key && e.newValue;
    if (typeof v == 'string') receive(v.slice(v.indexOf(' ') + 1));
  };
  if (bc) bc.onmessage = on;
  else {
    addEventListener('storage', on);
    // Chromium delivers storage events only to pages that have opened their localStorage: open it now, or a
    // message sent before this page first touches localStorage is lost
    try {
      localStorage.getItem(key);
    } catch {
      // no localStorage: other tabs catch up on the next load
    }
  }
  return [
    (v) => {
      v = Date.now() + ' ' + v;
      try {
        if (bc) bc.postMessage(v);
        else localStorage.setItem(key, v), localStorage.removeItem(key);
      } catch {
        // No localStorage (private mode, blocked storage): other tabs catch up on their next load.
      }
    },
    () => (bc ? bc.close() : removeEventListener('storage', on)),
  ];
}

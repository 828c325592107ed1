/**
 * Tells other tabs of the same site about a change: a BroadcastChannel `consentry:<cookie name>`,
 * or where there is none, the `storage` event of a localStorage key that is set and removed at once
 * (so nothing stays in localStorage). Messages carry the encoded consent (`''` after a reset).
 * Returns `[post, close]`.
 */
export function crossTab(name: string, receive: (value: string) => void): [(value: string) => void, () => void] {
  const key = 'consentry:' + name;
  if (typeof BroadcastChannel == 'function') {
    const bc = new BroadcastChannel(key);
    bc.onmessage = (e) => typeof e.data == 'string' && receive(e.data);
    return [(v) => bc.postMessage(v), () => bc.close()];
  }
  const on = (e: StorageEvent) => e.key == key && e.newValue && receive(e.newValue.slice(e.newValue.indexOf(' ') + 1));
  addEventListener('storage', on);
  return [
    (v) => {
      try {
        // The time prefix makes every message a change, even when the value repeats.
        localStorage.setItem(key, Date.now() + ' ' + v);
        localStorage.removeItem(key);
      } catch {
        // No localStorage (private mode, blocked storage): other tabs catch up on their next load.
      }
    },
    () => removeEventListener('storage', on),
  ];
}

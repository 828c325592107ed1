/**
 * Tells other tabs of the same site about a change: a BroadcastChannel `consentry:<cookie name>`,
 * or where there is none, the `storage` event of a localStorage key that is set and removed at once
 * (so nothing stays in localStorage). Messages carry the encoded consent (`''` after a reset).
 */
export function crossTab(name: string, receive: (value: string) => void): { post(value: string): void; close(): void } {
  const key = 'consentry:' + name;
  if (typeof BroadcastChannel == 'function') {
    const bc = new BroadcastChannel(key);
    bc.onmessage = (e) => typeof e.data == 'string' && receive(e.data);
    return { post: (v) => bc.postMessage(v), close: () => bc.close() };
  }
  const onStorage = (e: StorageEvent) => {
    if (e.key == key && e.newValue != null) receive(e.newValue.slice(e.newValue.indexOf(' ') + 1));
  };
  addEventListener('storage', onStorage);
  return {
    post(v) {
      try {
        // The time prefix makes every message a change, even when the value repeats.
        localStorage.setItem(key, Date.now() + ' ' + v);
        localStorage.removeItem(key);
      } catch {
        // No localStorage (private mode, blocked storage): other tabs catch up on their next load.
      }
    },
    close: () => removeEventListener('storage', onStorage),
  };
}

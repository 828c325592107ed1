/** Node has no localStorage: a Map-backed one, so the write-ahead stash can be observed (`dump()` shows everything kept). */
export class MemoryStorage {
  private m = new Map<string, string>();
  get length() {
    return this.m.size;
  }
  key(i: number) {
    return [...this.m.keys()][i] ?? null;
  }
  getItem(k: string) {
    return this.m.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    this.m.set(k, String(v));
  }
  removeItem(k: string) {
    this.m.delete(k);
  }
  clear() {
    this.m.clear();
  }
  dump() {
    return JSON.stringify([...this.m]);
  }
}

/** Installs a fresh MemoryStorage as `globalThis.localStorage` and returns it. */
export function installMemoryStorage(): MemoryStorage {
  const ls = new MemoryStorage();
  (globalThis as any).localStorage = ls;
  return ls;
}

// msw's cookie store insists on localStorage outside Node, and a worker has none. The mock keeps its session
// in its own database (see currentSession in handlers/route.ts), so an in-memory stand-in that forgets
// everything is all it needs.
if (typeof localStorage === 'undefined') {
  const items = new Map<string, string>();
  const memoryStorage = {
    get length() {
      return items.size;
    },
    key: (index: number) => [...items.keys()][index] ?? null,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, String(value)),
    removeItem: (key: string) => void items.delete(key),
    clear: () => items.clear(),
  };
  Object.defineProperty(globalThis, 'localStorage', { value: memoryStorage });
}
export {};

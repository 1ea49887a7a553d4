// Stands in for tough-cookie inside the mock's worker bundle only (see mockWorkerWithoutCookieJar in
// vite.config.ts). msw keeps a cookie jar for mocked responses; this mock sets no cookies (its session lives in
// its own database, see currentSession in handlers/route.ts) and a worker's requests carry none. The real
// tough-cookie brings the public suffix list, 270 kB that the worker would parse on every page load before it
// could answer the first request.
export class MemoryCookieStore {
  idx: Record<string, unknown> = {};
}

export class CookieJar {
  getCookiesSync(): { key: string; value: string }[] {
    return [];
  }
  async setCookie(): Promise<void> {}
}

export const Cookie = {
  fromJSON: (): undefined => undefined,
};

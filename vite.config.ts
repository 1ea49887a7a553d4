/// <reference types="vitest/config" />
import { fileURLToPath, URL } from 'node:url';
import { compileMessageOrThrow } from '@lingui/message-utils/compileMessage';
import react from '@vitejs/plugin-react';
import { defineConfig, loadEnv, type Plugin } from 'vite';

/**
 * Nothing may leave the console's origin but calls to its API. Emotion (MUI's styling engine) injects <style>
 * tags at run time, hence 'unsafe-inline' for styles only. `frameAncestors`: only an HTTP header can carry
 * frame-ancestors (a meta tag's is ignored, with a console error), see decision 0018.
 */
function contentSecurityPolicy(apiBaseUrl: string | undefined, { frameAncestors = true } = {}) {
  const apiOrigin = apiBaseUrl ? new URL(apiBaseUrl).origin : '';
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self'${apiOrigin ? ` ${apiOrigin}` : ''}`,
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    ...(frameAncestors ? ["frame-ancestors 'none'"] : []),
  ].join('; ');
}

/**
 * The HTTP headers the built console is served with (`npm run preview`; README "Deploying" for any other
 * server): the policy with frame-ancestors, and what a meta tag cannot do at all.
 */
function securityHeaders(apiBaseUrl: string | undefined): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(apiBaseUrl),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    // For browsers older than frame-ancestors; the policy is the rule.
    'X-Frame-Options': 'DENY',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
  };
}

/**
 * The policy also goes into the built index.html as a meta tag, so a copy of the build served without the
 * headers still refuses foreign scripts and connections (decision 0018). Build only: the dev server needs
 * inline scripts for hot reload, which production must refuse.
 */
function contentSecurityPolicyMeta(apiBaseUrl: string | undefined): Plugin {
  const policy = contentSecurityPolicy(apiBaseUrl, { frameAncestors: false });
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: policy },
        injectTo: 'head-prepend',
      },
    ],
  };
}

/**
 * Message catalogs (any i18n/<language>.json) are compiled from ICU MessageFormat into Lingui's runtime form as
 * they are imported, so the console ships no message parser (decision 0021), and a message that does not parse
 * fails the build, naming its key.
 */
export function compiledCatalogs(): Plugin {
  return {
    name: 'compiled-catalogs',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/i18n\/[^/]*\b(en|fr)\.json$/.test(id.split('?')[0]!)) return null;
      const messages = JSON.parse(code) as Record<string, string>;
      const compiled: Record<string, unknown> = {};
      for (const [key, message] of Object.entries(messages)) {
        try {
          compiled[key] = compileMessageOrThrow(message);
        } catch (error) {
          throw new Error(`${id}: the message “${key}” is not valid ICU MessageFormat: ${String(error)}`, {
            cause: error,
          });
        }
      }
      // Still JSON: Vite's own JSON plugin turns it into a module after this.
      return { code: JSON.stringify(compiled), map: null };
    },
  };
}

/**
 * The mock's worker (mocks/db-worker.ts) gets a cookie jar that holds nothing: see mocks/no-cookie-store.ts.
 * Only the built worker: Vitest's msw/node and the dev server keep the real one, which behaves the same here.
 */
function mockWorkerWithoutCookieJar(): Plugin {
  const stub = fileURLToPath(new URL('./mocks/no-cookie-store.ts', import.meta.url));
  return {
    name: 'mock-worker-without-cookie-jar',
    enforce: 'pre',
    resolveId: (source) => (source === 'tough-cookie' ? stub : null),
  };
}

/**
 * The entry (src/main.tsx) imports the console's code dynamically, so the mock's worker can start first. The
 * browser should still fetch that code at once, alongside the entry, not after it has run: this lists the
 * entry's dynamic imports and their own imports as modulepreload links in index.html.
 */
function preloadConsoleCode(): Plugin {
  return {
    name: 'preload-console-code',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle, chunk }) {
        if (!bundle || !chunk) return;
        const files = new Set<string>();
        const add = (fileName: string) => {
          const dependency = bundle[fileName];
          if (files.has(fileName) || fileName === chunk.fileName || dependency?.type !== 'chunk') return;
          files.add(fileName);
          dependency.imports.forEach(add);
        };
        for (const imported of chunk.dynamicImports) {
          const dependency = bundle[imported];
          // The console's own code; not the lazily loaded pages and not the mock's worker.
          if (dependency?.type === 'chunk' && dependency.name === 'render-console') add(imported);
        }
        return [...files].map((fileName) => ({
          tag: 'link',
          attrs: { rel: 'modulepreload', crossorigin: true, href: `/${fileName}` },
          injectTo: 'head' as const,
        }));
      },
    },
  };
}

export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, process.cwd(), 'VITE_');
  return {
    plugins: [
      compiledCatalogs(),
      react(),
      contentSecurityPolicyMeta(env.VITE_API_BASE_URL),
      preloadConsoleCode(),
    ],
    resolve: {
      alias: {
        '@': fileURLToPath(new URL('./src', import.meta.url)),
        '@mocks': fileURLToPath(new URL('./mocks', import.meta.url)),
      },
    },
    server: { port: 5173, strictPort: true },
    // The mock's worker imports these; Vite's start-up scan does not follow `new Worker(...)`, and finding them
    // on first use would reload the page (mid sign-in, on a fresh machine).
    optimizeDeps: { include: ['msw', 'idb-keyval'] },
    worker: { format: 'es', plugins: () => [compiledCatalogs(), mockWorkerWithoutCookieJar()] },
    preview: { port: 4173, strictPort: true, headers: securityHeaders(env.VITE_API_BASE_URL) },
    build: {
      target: 'es2022',
      sourcemap: false,
      chunkSizeWarningLimit: 600,
      // Vite would add a <link rel="modulepreload"> per chunk a lazy page imports, at the moment the page is
      // asked for: 60 of them on a cold load, 40 ms of the page's main thread in one task. The browser finds a
      // chunk's imports as it loads it, with all the page's chunks in by the time the data is; the console's
      // own code is still preloaded from index.html (preloadConsoleCode). Stylesheets stay: a lazy chunk's CSS
      // is loaded only through this list.
      // A catalog's chunk says whose and which language it is (the bench counts the sign-in page's).
      rolldownOptions: {
        output: {
          chunkFileNames: (chunk) => {
            const catalog = chunk.facadeModuleId?.match(
              /(?:features\/)?([\w-]+)\/i18n\/(?:([\w-]+)\.)?(en|fr)\.json$/,
            );
            if (!catalog) return 'assets/[name]-[hash].js';
            const [, folder, part, language] = catalog;
            return `assets/i18n-${part ? `${folder}-${part}` : folder}-${language}-[hash].js`;
          },
        },
      },
      modulePreload: {
        resolveDependencies: (_file, dependencies) => dependencies.filter((dep) => dep.endsWith('.css')),
      },
    },
    test: {
      globals: true,
      environment: 'jsdom',
      // tests/mock: the mock backend's own rules; tests/unit: the console against it; tests/server: the HTTP mock
      // and the contract check.
      include: [
        'tests/unit/**/*.test.{ts,tsx}',
        'tests/mock/**/*.test.{ts,tsx}',
        'tests/server/**/*.test.ts',
      ],
      setupFiles: ['tests/setup/vitest.setup.ts'],
      testTimeout: 20_000,
      pool: 'threads',
      css: false,
    },
  };
});

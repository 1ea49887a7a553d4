/// <reference types="vitest/config" />
import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, loadEnv, type Plugin } from 'vite';

/**
 * Nothing may leave the console's origin but calls to its API. The policy is injected into the built
 * index.html only: the dev server needs inline scripts for hot reload, which production must refuse.
 * Emotion (MUI's styling engine) injects <style> tags at run time, hence 'unsafe-inline' for styles only.
 */
function contentSecurityPolicy(apiBaseUrl: string | undefined): Plugin {
  const apiOrigin = apiBaseUrl ? new URL(apiBaseUrl).origin : '';
  const policy = [
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
  ].join('; ');
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

export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, process.cwd(), 'VITE_');
  return {
    plugins: [react(), contentSecurityPolicy(env.VITE_API_BASE_URL)],
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
    preview: { port: 4173, strictPort: true },
    build: { target: 'es2022', sourcemap: false, chunkSizeWarningLimit: 600 },
    test: {
      globals: true,
      environment: 'jsdom',
      include: ['tests/unit/**/*.test.{ts,tsx}'],
      setupFiles: ['tests/setup/vitest.setup.ts'],
      testTimeout: 20_000,
      pool: 'threads',
      css: false,
    },
  };
});

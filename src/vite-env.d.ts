/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** A real backend's base URL; unset, the console runs on the built-in mock backend. */
  readonly VITE_API_BASE_URL?: string;
  /** 'large' seeds the mock with 100,000 visits and thousands of other records (benchmarks). */
  readonly VITE_MOCK_SEED?: string;
  /** Latency the mock adds to each answer in the browser, in ms (default 150; 0 for benchmarks). */
  readonly VITE_MOCK_LATENCY_MS?: string;
  /** The mock backend's idle timeout in minutes (default 15); a real backend sets its own. */
  readonly VITE_MOCK_IDLE_TIMEOUT_MINUTES?: string;
}

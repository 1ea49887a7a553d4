// The messages between the page (mocks/browser.ts) and the mock backend's worker (mocks/db-worker.ts).
import type { SeedSize } from './store/db';

export interface MockOptions {
  seedSize: SeedSize;
  latencyMs: number;
  idleTimeoutMinutes: number;
}

export type ToWorker =
  | { type: 'start'; options: MockOptions }
  | {
      type: 'request';
      id: number;
      method: string;
      url: string;
      headers: [string, string][];
      body: ArrayBuffer | null;
    }
  | { type: 'reset'; id: number };

export type FromWorker =
  | {
      type: 'response';
      id: number;
      status: number;
      statusText: string;
      headers: [string, string][];
      body: ArrayBuffer;
    }
  | { type: 'reset-done'; id: number };

// The page's end of the mock backend's worker (mocks/db-worker.ts): started before anything else in mock mode,
// so the worker seeds its database while the page loads msw and renders.
import type { FromWorker, MockOptions, ToWorker } from './worker-protocol';

export type MockDatabase = ReturnType<typeof startMockDatabase>;

export function startMockDatabase(options: MockOptions) {
  const worker = new Worker(new URL('./db-worker.ts', import.meta.url), {
    type: 'module',
    name: 'mock-backend',
  });
  let lastId = 0;
  const waiting = new Map<number, (message: FromWorker) => void>();
  worker.addEventListener('message', ({ data }: MessageEvent<FromWorker>) => {
    waiting.get(data.id)?.(data);
    waiting.delete(data.id);
  });
  const send = (message: ToWorker, transfer: Transferable[] = []) => worker.postMessage(message, transfer);
  send({ type: 'start', options });
  return {
    /** Sends a message that the worker answers, and waits for that answer. */
    call<T extends FromWorker['type']>(message: ToWorker & { id: number }, transfer?: Transferable[]) {
      return new Promise<Extract<FromWorker, { type: T }>>((resolve) => {
        waiting.set(message.id, resolve as (message: FromWorker) => void);
        send(message, transfer);
      });
    },
    nextId: () => ++lastId,
  };
}

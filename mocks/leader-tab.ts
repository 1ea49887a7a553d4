// One mock backend per browser where there is no SharedWorker (Chrome on Android, for one): the tabs elect a
// leader with the Web Locks API, the leader runs the backend in its own dedicated worker, and the other tabs
// send it their requests over a BroadcastChannel. When the leader closes, its lock passes to a waiting tab,
// which starts the backend again from the snapshot in IndexedDB (written after every write) and asks the
// others to send again what was still unanswered. Without Web Locks either, each tab runs its own backend
// (as before decision 0019): the only case in which two tabs can disagree.
import type { FromWorker, ToWorker } from './worker-protocol';

/** What the page needs from a backend: send a message, hear the answers. */
export interface BackendConnection {
  post(message: ToWorker, transfer?: Transferable[]): void;
  onMessage(listener: (message: FromWorker) => void): void;
}

type Envelope =
  | { kind: 'request'; tab: string; message: ToWorker }
  | { kind: 'answer'; tab: string; message: FromWorker }
  | { kind: 'leader-ready' };

const CHANNEL = 'privacy-office-console/mock-backend';
const LOCK = 'privacy-office-console/mock-backend-leader';

export function leaderTabBackend(startWorker: () => Worker, start: ToWorker): BackendConnection {
  const tab = crypto.randomUUID();
  const channel = new BroadcastChannel(CHANNEL);
  const listeners = new Set<(message: FromWorker) => void>();
  const deliver = (message: FromWorker) => listeners.forEach((listener) => listener(message));
  // This tab's messages not yet answered, to send again to a new leader.
  const unanswered = new Map<number, ToWorker>();
  let worker: Worker | undefined;
  // The leader's worker knows requests by id only: which tab asked which, under the worker's own ids.
  let lastWorkerId = 0;
  const askedBy = new Map<number, { tab: string; id: number }>();
  // A request in flight when this tab became leader may also come again after 'leader-ready': once only.
  const forwarded = new Set<string>();

  const forward = (from: string, message: ToWorker) => {
    if (message.type === 'start') return; // the leader started its worker with its own options
    const key = `${from}/${message.id}`;
    if (forwarded.has(key)) return;
    forwarded.add(key);
    const workerId = ++lastWorkerId;
    askedBy.set(workerId, { tab: from, id: message.id });
    worker!.postMessage({ ...message, id: workerId });
  };

  const becomeLeader = () => {
    worker = startWorker();
    worker.addEventListener('message', ({ data }: MessageEvent<FromWorker>) => {
      const asker = askedBy.get(data.id);
      askedBy.delete(data.id);
      if (!asker) return;
      const message = { ...data, id: asker.id };
      if (asker.tab === tab) {
        unanswered.delete(message.id);
        deliver(message);
      } else channel.postMessage({ kind: 'answer', tab: asker.tab, message } satisfies Envelope);
    });
    worker.postMessage(start);
    unanswered.forEach((message) => forward(tab, message));
    channel.postMessage({ kind: 'leader-ready' } satisfies Envelope);
  };

  channel.addEventListener('message', ({ data }: MessageEvent<Envelope>) => {
    if (data.kind === 'request' && worker) forward(data.tab, data.message);
    else if (data.kind === 'answer' && data.tab === tab && unanswered.delete(data.message.id))
      deliver(data.message);
    else if (data.kind === 'leader-ready' && !worker)
      unanswered.forEach((message) =>
        channel.postMessage({ kind: 'request', tab, message } satisfies Envelope),
      );
  });

  if (navigator.locks) {
    // Held for as long as this tab lives; the browser releases it when the tab closes.
    void navigator.locks.request(LOCK, () => {
      becomeLeader();
      return new Promise<never>(() => undefined);
    });
  } else becomeLeader();

  return {
    post(message) {
      if (message.type === 'start') return;
      unanswered.set(message.id, message);
      if (worker) forward(tab, message);
      else channel.postMessage({ kind: 'request', tab, message } satisfies Envelope);
    },
    onMessage: (listener) => void listeners.add(listener),
  };
}

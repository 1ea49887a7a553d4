// Form drafts: what a person typed survives a reload or an expired session. Kept in sessionStorage (gone
// when the tab closes), keyed by user so the next person at a shared desk never sees them, and dropped on
// submit and on an explicit sign-out (everyone's, not only the signing-out person's).
const PREFIX = 'poc-draft:';

function key(userId: string, formKey: string) {
  return `${PREFIX}${userId}:${formKey}`;
}

export function readDraft<T>(userId: string, formKey: string): T | undefined {
  try {
    const raw = sessionStorage.getItem(key(userId, formKey));
    return raw ? (JSON.parse(raw) as T) : undefined;
  } catch {
    return undefined;
  }
}

export function writeDraft(userId: string, formKey: string, values: unknown) {
  try {
    sessionStorage.setItem(key(userId, formKey), JSON.stringify(values));
  } catch {
    // Storage full or disabled: the form still works, it just cannot survive a reload.
  }
}

export function clearDraft(userId: string, formKey: string) {
  sessionStorage.removeItem(key(userId, formKey));
}

/**
 * Every draft in this tab, whoever typed it. An explicit sign-out at a shared desk drops them all: a draft an
 * idle expiry kept for the previous person must not wait in the browser for whoever comes next.
 */
export function clearAllDrafts() {
  for (const name of Object.keys(sessionStorage))
    if (name.startsWith(PREFIX)) sessionStorage.removeItem(name);
}

/** A form's draft writer that is waiting out its debounce. */
export interface PendingDraft {
  /** Write what is typed now. */
  flush: () => void;
  /** Forget the pending write. */
  cancel: () => void;
}

const pending = new Set<PendingDraft>();

/**
 * Forms register their debounced writer, so that the session's end can act on the last few hundred
 * milliseconds of typing before the form unmounts: an expiry keeps them, a sign-out drops them.
 */
export function trackPendingDraft(draft: PendingDraft) {
  pending.add(draft);
  return () => {
    pending.delete(draft);
  };
}

export function flushPendingDrafts() {
  pending.forEach((draft) => draft.flush());
}

export function cancelPendingDrafts() {
  pending.forEach((draft) => draft.cancel());
}

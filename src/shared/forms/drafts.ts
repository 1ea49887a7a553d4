// Form drafts: what a person typed survives a reload or an expired session. Kept in sessionStorage (gone
// when the tab closes), keyed by user so the next person at a shared desk never sees them, and dropped on
// submit and on sign-out.
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

export function clearDraftsOf(userId: string) {
  const prefix = `${PREFIX}${userId}:`;
  for (const name of Object.keys(sessionStorage))
    if (name.startsWith(prefix)) sessionStorage.removeItem(name);
}

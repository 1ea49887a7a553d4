import { useCallback, useState } from 'react';
import { useSession } from '@/shared/auth/session';
import { clearDraft, readDraft, writeDraft } from './drafts';

/**
 * One typed value kept as a draft, for the small writes that are not a ConsoleForm (a badge number at an
 * expected visitor's row, the retention period): it survives whatever takes the component away meanwhile (a
 * 401 or an idle expiry and signing in again, a 412 that re-mounts it with the record as it is now, a list
 * that failed to refresh). Written on each change, without a debounce: it is one short string.
 */
export function useDraftValue(formKey: string, initial: string) {
  const userId = useSession().data?.user.id;
  const [value, setValue] = useState(() => (userId && readDraft<string>(userId, formKey)) || initial);
  const [restored] = useState(() => value !== initial);

  const change = useCallback(
    (next: string) => {
      setValue(next);
      if (!userId) return;
      if (next === initial) clearDraft(userId, formKey);
      else writeDraft(userId, formKey, next);
    },
    [userId, formKey, initial],
  );
  /** Saved, or given up: the next visit starts from the record. */
  const forget = useCallback(() => {
    if (userId) clearDraft(userId, formKey);
  }, [userId, formKey]);

  return { value, change, forget, restored };
}

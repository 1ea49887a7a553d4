import { useEffect, useRef } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useLocale } from '@/shared/i18n/messages';
import { complaintKeys } from './keys';

/**
 * The backend answers in the request's language: what it words (a deadline's basis, a regulator's name, a
 * note it wrote) is asked for again when the language changes, so the page reads in one language. Not the
 * edit form's copy: that one revealed the contact (an audited act) and holds only typed data.
 */
export function useRefetchOnLanguageChange() {
  const locale = useLocale();
  const queryClient = useQueryClient();
  const seen = useRef(locale);
  useEffect(() => {
    if (seen.current === locale) return;
    seen.current = locale;
    void queryClient.invalidateQueries({
      queryKey: complaintKeys.all,
      predicate: (query) => query.queryKey[1] !== 'edit',
    });
  }, [locale, queryClient]);
}

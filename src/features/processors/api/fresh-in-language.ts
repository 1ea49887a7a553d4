import { useEffect, useRef } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useLocale } from '@/shared/i18n/messages';
import { processorKeys } from './keys';

/**
 * The backend says a processor's flags in the request's language: after a language switch, the list and the
 * processor pages ask again, so the flags read in the new language too. Not the edit form's copy (it holds the
 * revealed contact, and asking again would reveal it again).
 */
export function useFreshInLanguage() {
  const queryClient = useQueryClient();
  const locale = useLocale();
  const shown = useRef(locale);
  useEffect(() => {
    if (shown.current === locale) return;
    shown.current = locale;
    void queryClient.invalidateQueries({
      predicate: (query) =>
        query.queryKey[0] === processorKeys.all[0] &&
        (query.queryKey[1] === 'list' || query.queryKey[1] === 'detail'),
    });
  }, [locale, queryClient]);
}

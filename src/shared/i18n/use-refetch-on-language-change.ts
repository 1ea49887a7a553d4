import { useEffect, useRef } from 'react';
import { useQueryClient, type InvalidateQueryFilters } from '@tanstack/react-query';
import { useLocale } from './messages';

/**
 * The backend words some answers in the request's language (a processor's flags, a deadline's basis): after a
 * language switch, the queries these filters name are asked for again, so the page reads in one language.
 * A module leaves out what must not be asked twice (an edit form's copy that revealed a contact: audited).
 * Pass module-level filters: a new object each render would not ask again, but would re-run the effect.
 */
export function useRefetchOnLanguageChange(filters: InvalidateQueryFilters) {
  const queryClient = useQueryClient();
  const locale = useLocale();
  const shown = useRef(locale);
  useEffect(() => {
    if (shown.current === locale) return;
    shown.current = locale;
    void queryClient.invalidateQueries(filters);
  }, [locale, queryClient, filters]);
}

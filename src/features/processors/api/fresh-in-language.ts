import type { InvalidateQueryFilters } from '@tanstack/react-query';
import { useRefetchOnLanguageChange } from '@/shared/i18n/use-refetch-on-language-change';
import { processorKeys } from './keys';

/**
 * The backend says a processor's flags in the request's language: after a language switch, the list and the
 * processor pages ask again. Not the edit form's copy (it holds the revealed contact, and asking again would
 * reveal it again).
 */
const LISTS_AND_RECORDS: InvalidateQueryFilters = {
  predicate: (query) =>
    query.queryKey[0] === processorKeys.all[0] &&
    (query.queryKey[1] === 'list' || query.queryKey[1] === 'detail'),
};

export const useFreshInLanguage = () => useRefetchOnLanguageChange(LISTS_AND_RECORDS);

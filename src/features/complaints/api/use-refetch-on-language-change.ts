import type { InvalidateQueryFilters } from '@tanstack/react-query';
import { useRefetchOnLanguageChange as useRefetchQueriesOnLanguageChange } from '@/shared/i18n/use-refetch-on-language-change';
import { complaintKeys } from './keys';

/**
 * What the backend words for complaints (a deadline's basis, a regulator's name, a note it wrote) is asked for
 * again when the language changes. Not the edit form's copy: that one revealed the contact (an audited act).
 */
const ALL_BUT_THE_EDIT_FORM: InvalidateQueryFilters = {
  queryKey: complaintKeys.all,
  predicate: (query) => query.queryKey[1] !== 'edit',
};

export const useRefetchOnLanguageChange = () => useRefetchQueriesOnLanguageChange(ALL_BUT_THE_EDIT_FORM);

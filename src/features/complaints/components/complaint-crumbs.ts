import { useMessages } from '@/shared/i18n/messages';
import { useComplaint } from '../api/queries';
import { useRefetchOnLanguageChange } from '../api/use-refetch-on-language-change';
import { complaintsMessages } from '../i18n/messages';

/** Breadcrumbs of a page under one complaint (a move, the escalation, a letter): the list, then the complaint. */
export function useComplaintCrumbs(complaintId: string) {
  const t = useMessages(complaintsMessages);
  const complaint = useComplaint(complaintId);
  useRefetchOnLanguageChange();
  return [
    { label: t('crumbs.list'), to: '/complaints' },
    { label: complaint.data?.reference ?? t('crumbs.complaint'), to: `/complaints/${complaintId}` },
  ];
}

/** The breadcrumbs of a page right under the list. */
export function useListCrumbs() {
  const t = useMessages(complaintsMessages);
  return [{ label: t('crumbs.list'), to: '/complaints' }];
}

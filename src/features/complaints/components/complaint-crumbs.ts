import { useComplaint } from '../api/queries';

/** Breadcrumbs of a page under one complaint (a move, the escalation, a letter): the list, then the complaint. */
export function useComplaintCrumbs(complaintId: string) {
  const complaint = useComplaint(complaintId);
  return [
    { label: 'Complaints', to: '/complaints' },
    { label: complaint.data?.reference ?? 'Complaint', to: `/complaints/${complaintId}` },
  ];
}

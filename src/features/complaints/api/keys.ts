// The one query-key factory of the complaints module: every cached answer lives under ['complaints'], so a write
// (a move, an escalation, a letter, the settings) refreshes the list's clocks and the record with one invalidation.
export type ComplaintListParams = { page: number; pageSize: number; sort?: string } & Record<
  string,
  string | number | undefined
>;

export const complaintKeys = {
  all: ['complaints'] as const,
  lists: () => [...complaintKeys.all, 'list'] as const,
  list: (params: ComplaintListParams) => [...complaintKeys.lists(), params] as const,
  detail: (id: string) => [...complaintKeys.all, 'detail', id] as const,
  /** The complaint with the complainant's contact revealed (audited, with a reason), for the edit form only. */
  forEdit: (id: string) => [...complaintKeys.all, 'edit', id] as const,
  regulators: () => [...complaintKeys.all, 'regulators'] as const,
  settings: () => [...complaintKeys.all, 'deadline-settings'] as const,
};

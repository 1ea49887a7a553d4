// The one query-key factory of the processors module: every cached answer lives under ['processors'], so a write
// can refresh all it affects (the list's flags, the processor's derived dates) with one invalidation.
export type ProcessorListParams = { page: number; pageSize: number; sort?: string } & Record<
  string,
  string | number | undefined
>;

export const processorKeys = {
  all: ['processors'] as const,
  lists: () => [...processorKeys.all, 'list'] as const,
  list: (params: ProcessorListParams) => [...processorKeys.lists(), params] as const,
  detail: (id: string) => [...processorKeys.all, 'detail', id] as const,
  /** The processor with its contact revealed (audited), for the edit form only. */
  forEdit: (id: string) => [...processorKeys.all, 'edit', id] as const,
  contracts: (processorId: string) => [...processorKeys.all, 'detail', processorId, 'contracts'] as const,
  contract: (id: string) => [...processorKeys.all, 'contract', id] as const,
  reviews: (processorId: string) => [...processorKeys.all, 'detail', processorId, 'reviews'] as const,
  review: (id: string) => [...processorKeys.all, 'review', id] as const,
  cadence: () => [...processorKeys.all, 'review-cadence'] as const,
};

/** The list's path: where the module's breadcrumbs and forms lead back to. */
export const PROCESSORS_PATH = '/processors';

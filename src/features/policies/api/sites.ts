import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/shared/api/client';
import { policyKeys } from './keys';

/** The sites an audience may name; they change about never. */
export const policySitesQuery = queryOptions({
  queryKey: [...policyKeys.all, 'sites'] as const,
  queryFn: async () => unwrap(await api.GET('/api/v1/sites')).items,
  staleTime: Infinity,
});

export const usePolicySites = () => useQuery(policySitesQuery);

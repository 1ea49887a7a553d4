import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/shared/api/client';
import type { components } from '@/shared/api/schema';
import type { PolicyAudience } from '../model/schemas';
import { policyKeys } from './keys';

type Schemas = components['schemas'];
export type Policy = Schemas['Policy'];
export type PolicyVersion = Schemas['PolicyVersion'];
export type PolicyCompletion = Schemas['PolicyCompletion'];
export type PolicyAcknowledgement = Schemas['PolicyAcknowledgement'];
export type MyPolicy = Schemas['MyPolicy'];
export type MyPolicyReading = Schemas['MyPolicyReading'];

export const policyQuery = (id: string) =>
  queryOptions({
    queryKey: policyKeys.detail(id),
    queryFn: async () => unwrap(await api.GET('/api/v1/policies/{id}', { params: { path: { id } } })),
  });
export const usePolicy = (id: string) => useQuery(policyQuery(id));

export const policyVersionQuery = (id: string) =>
  queryOptions({
    queryKey: policyKeys.version(id),
    queryFn: async () => unwrap(await api.GET('/api/v1/policy-versions/{id}', { params: { path: { id } } })),
  });
export const usePolicyVersion = (id: string) => useQuery(policyVersionQuery(id));

export const completionQuery = (id: string) =>
  queryOptions({
    queryKey: policyKeys.completion(id),
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/policies/{id}/completion', { params: { path: { id } } })),
  });
export const useCompletion = (id: string) => useQuery(completionQuery(id));

/** How many people an audience matches, and the departments one can name. */
export function audienceQuery(audience: PolicyAudience) {
  const query = {
    everyone: audience.everyone,
    departments: audience.departments,
    siteIds: audience.siteIds,
    roles: audience.roles,
  };
  return queryOptions({
    queryKey: policyKeys.audience(query),
    queryFn: async () => unwrap(await api.GET('/api/v1/policy-audience', { params: { query } })),
  });
}

/** The audience's count as it is chosen (the policy form asks as you choose). */
export function useAudience(audience: PolicyAudience) {
  return useQuery({ ...audienceQuery(audience), placeholderData: (previous) => previous });
}

export const myPoliciesQuery = queryOptions({
  queryKey: policyKeys.mine(),
  queryFn: async () => unwrap(await api.GET('/api/v1/my-policies')).items,
});
export const useMyPolicies = () => useQuery(myPoliciesQuery);

export const myPolicyQuery = (id: string) =>
  queryOptions({
    queryKey: policyKeys.myPolicy(id),
    queryFn: async () => unwrap(await api.GET('/api/v1/my-policies/{id}', { params: { path: { id } } })),
  });
export const useMyPolicy = (id: string) => useQuery(myPolicyQuery(id));

/** Evidence pages: who acknowledged which version when, with the text's hash (each export page audited). */
export async function fetchEvidencePage(policyId: string, page: number, pageSize: number) {
  return unwrap(
    await api.GET('/api/v1/policies/{id}/acknowledgements', {
      params: { path: { id: policyId }, query: { page, pageSize, export: true } },
    }),
  );
}

// The people asked to acknowledge a policy's current version, one list per policy (5,000 in the large seed):
// filtered by where they stand (the overdue list), department and name, a page at a time. The policy page's
// loader imports it and asks for the rows, the policy, its completion and the sites at once, instead of the rows
// waiting for the policy (the list shows only once the policy has) and for the page's code.
import { api, unwrap } from '@/shared/api/client';
import type { components, operations } from '@/shared/api/schema';
import type { ListParams } from '@/shared/list/use-list-state';
import { defineList, type ListDefinition } from '@/shared/list/define-list';
import { policyKeys } from './keys';
import { completionQuery, policyQuery } from './queries';
import { policySitesQuery } from './sites';

export type PolicyPerson = components['schemas']['PolicyPerson'];
type PeopleQuery = NonNullable<operations['listPolicyPeople']['parameters']['query']>;
type PeopleFilter = 'status' | 'department' | 'q';

const lists = new Map<string, ListDefinition<PolicyPerson, PeopleFilter>>();

export function policyPeopleList(policyId: string) {
  let list = lists.get(policyId);
  if (!list) {
    list = defineList({
      id: 'policies.people',
      defaultSort: 'name',
      // Names of people are kept out of the address bar; where they stand and their department are not.
      filters: { status: 'url', department: 'url', q: 'private' },
      queryKey: (params) => policyKeys.people(policyId, params),
      fetchPage: async (params: ListParams) =>
        unwrap(
          await api.GET('/api/v1/policies/{id}/people', {
            params: { path: { id: policyId }, query: params as PeopleQuery },
          }),
        ),
      // What the page shows with the rows: the policy (the list is part of its page), the completion (the
      // department filter's options) and the sites the rows name.
      companions: [policyQuery(policyId), completionQuery(policyId), policySitesQuery],
    });
    lists.set(policyId, list);
  }
  return list;
}

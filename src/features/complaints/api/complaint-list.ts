// The complaints list: filters, order (the next deadline first: what is due comes first), endpoint. Its own
// small module, loaded with the routes, so a cold load asks for its rows before the page's code arrives.
import { api, unwrap } from '@/shared/api/client';
import type { components, operations } from '@/shared/api/schema';
import type { ListParams } from '@/shared/list/use-list-state';
import { defineList } from '@/shared/list/define-list';
import { complaintKeys } from './keys';

export type ComplaintListItem = components['schemas']['ComplaintListItem'];
type ComplaintListQuery = NonNullable<operations['listComplaints']['parameters']['query']>;

export const complaintList = defineList({
  id: 'complaints',
  defaultSort: 'nextDeadline',
  filters: {
    q: 'private',
    status: 'url',
    subject: 'url',
    jurisdiction: 'url',
    assigneeId: 'url',
    deadline: 'url',
    escalated: 'url',
    regulatorId: 'url',
  },
  queryKey: complaintKeys.list,
  fetchPage: async (params: ListParams, options: { export: boolean }) => {
    const query = { ...params, ...(options.export ? { export: true } : {}) } as ComplaintListQuery;
    // The URL holds strings; the API's escalated= is a boolean.
    if (typeof params.escalated === 'string') query.escalated = params.escalated === 'true';
    return unwrap(await api.GET('/api/v1/complaints', { params: { query } }));
  },
});

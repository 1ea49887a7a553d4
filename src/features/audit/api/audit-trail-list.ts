// The audit trail's list: its filters (all in the URL: a person's id, codes and dates say nothing about
// anyone), newest first, from GET /api/v1/audit-trail. Loaded with the routes, so a cold load asks for the rows
// before the page's code arrives.
import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '@/shared/api/client';
import type { components, operations } from '@/shared/api/schema';
import { defineList } from '@/shared/list/define-list';
import type { ListParams } from '@/shared/list/use-list-state';

export type AuditTrailPage = components['schemas']['AuditTrailPage'];
export type AuditTrailEvent = components['schemas']['AuditEvent'];
type TrailQuery = NonNullable<operations['listAuditTrail']['parameters']['query']>;
export type VerificationQuery = NonNullable<operations['verifyAuditTrail']['parameters']['query']>;

export const auditKeys = {
  all: ['audit-trail'] as const,
  list: (params: ListParams) => [...auditKeys.all, 'list', params] as const,
  verification: (query: VerificationQuery) => [...auditKeys.all, 'verification', query] as const,
};

/**
 * Where the export's first page read the chain up to: its later pages ask for nothing after it, so the export's
 * own audit events (one per page, newest first) never shift the pages still to come.
 */
let exportHeadSeq: number | undefined;

export const auditTrailList = defineList({
  id: 'audit-trail',
  defaultSort: '-at',
  filters: {
    personId: 'url',
    module: 'url',
    action: 'url',
    from: 'url',
    to: 'url',
    entityType: 'url',
    entityId: 'url',
  },
  queryKey: auditKeys.list,
  fetchPage: async (params: ListParams, options: { export: boolean }) => {
    const query = { ...params } as TrailQuery;
    if (options.export) {
      query.export = true;
      if (params.page > 1 && exportHeadSeq !== undefined) query.untilSeq = exportHeadSeq;
    }
    const page = unwrap(await api.GET('/api/v1/audit-trail', { params: { query } }));
    if (options.export && params.page === 1) exportHeadSeq = page.headSeq;
    return page;
  },
});

/** The trail filters a verification takes (the list's, without paging or order). */
export function verificationQuery(filters: Record<string, string>): VerificationQuery {
  const { personId, module, action, from, to, entityType, entityId } = filters;
  return Object.fromEntries(
    Object.entries({ personId, module, action, from, to, entityType, entityId }).filter(([, v]) => v),
  ) as VerificationQuery;
}

export function verificationQueryOptions(query: VerificationQuery) {
  return queryOptions({
    queryKey: auditKeys.verification(query),
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/audit-trail/verification', { params: { query }, signal })),
  });
}

import { useEffect, useMemo } from 'react';
import { Link as RouterLink, useNavigate } from 'react-router';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { useCurrentUser, usePermission } from '@/shared/auth/session';
import { createDataTableColumnHelper } from '@/shared/data-table/columns';
import { useMessages } from '@/shared/i18n/messages';
import { formatDate, formatNumber } from '@/shared/labels/format';
import { columnLabel } from '@/shared/labels/record-labels';
import { defineFilters } from '@/shared/list/list-filters';
import { ListView } from '@/shared/list/list-view';
import { useListController } from '@/shared/list/use-list-controller';
import { PageHeader } from '@/shared/ui/page-header';
import { policyList, type PolicyListItem } from '../api/policy-list';
import { sharePercent } from '../components/figures';
import { PolicyStatusChip } from '../components/policy-chips';
import { policiesMessages } from '../i18n/messages';
import { categoryLabel, POLICY_LABELS, policyStatusLabel } from '../model/labels';
import { POLICY_CATEGORIES, POLICY_STATUSES } from '../model/schemas';

const label = (field: keyof typeof POLICY_LABELS.fields) => columnLabel(POLICY_LABELS, field);

/** A row's completion: "12 of 400 (3%), 5 overdue"; a manager's team that is not asked says so. */
function completionText(item: PolicyListItem, team: boolean) {
  const t = policiesMessages.t;
  const counts = item.completion;
  if (!counts) return item.status === 'retired' ? t('library.askedOfNobody') : t('library.notPublished');
  if (counts.total === 0) return team ? t('library.notAskedOfTeam') : t('library.askedOfNobody');
  const shown = t('library.completion', {
    acknowledged: formatNumber(counts.acknowledged),
    total: formatNumber(counts.total),
    share: sharePercent(counts.acknowledged, counts.total),
  });
  return counts.overdue > 0
    ? t('library.completionOverdue', {
        completion: shown,
        count: counts.overdue,
        overdue: formatNumber(counts.overdue),
      })
    : shown;
}

const col = createDataTableColumnHelper<PolicyListItem>();

function useColumns(team: boolean) {
  const t = useMessages(policiesMessages);
  return useMemo(() => {
    void t; // headers and cells follow the language
    return col.columns([
      col.accessor('title', {
        header: label('title'),
        meta: { width: 260 },
        cell: (c) => (
          <Link component={RouterLink} to={`/policies/${c.row.original.id}`}>
            {c.getValue()}
          </Link>
        ),
      }),
      col.accessor('category', { header: label('category'), cell: (c) => categoryLabel(c.getValue()) }),
      col.accessor('status', {
        header: label('status'),
        cell: (c) => (
          <span style={{ display: 'inline-flex', gap: 8, flexWrap: 'wrap', alignItems: 'center' }}>
            <PolicyStatusChip status={c.getValue()} />
            {c.row.original.hasDraft && <span>{policiesMessages.t('library.draftInProgress')}</span>}
          </span>
        ),
      }),
      col.accessor('current', {
        header: label('current'),
        enableSorting: false,
        cell: (c) => {
          const current = c.getValue();
          return current
            ? policiesMessages.t('library.current', {
                number: current.number,
                date: formatDate(current.effectiveDate),
              })
            : policiesMessages.t('library.none');
        },
      }),
      col.accessor('completion', {
        header: label('completion'),
        enableSorting: false,
        cell: (c) => completionText(c.row.original, team),
      }),
      col.accessor('ownerName', { header: label('ownerName'), enableSorting: false }),
    ]);
  }, [t, team]);
}

/** The filters, in the active language; a manager is offered no "Draft" (drafts are the officers'). */
function useFilters(canManage: boolean) {
  const t = useMessages(policiesMessages);
  return useMemo(
    () =>
      defineFilters(policyList, [
        { field: 'q', kind: 'search', label: t('library.search'), span: 2 },
        {
          field: 'status',
          kind: 'select',
          allLabel: t('library.allStatuses'),
          options: POLICY_STATUSES.filter((status) => canManage || status !== 'draft').map((value) => ({
            value,
            label: policyStatusLabel(value),
          })),
        },
        {
          field: 'category',
          kind: 'select',
          allLabel: t('library.allCategories'),
          options: POLICY_CATEGORIES.map((value) => ({ value, label: categoryLabel(value) })),
        },
      ]),
    [t, canManage],
  );
}

/**
 * The policy's page is where every row of the library leads: its code (and the chunks it imports) is fetched
 * while the person reads the library, as the shell does for the pages of the navigation, so a click waits for
 * the policy's data only.
 */
function usePreloadPolicyPage() {
  useEffect(() => {
    const idle = window.requestIdleCallback ?? ((callback: () => void) => window.setTimeout(callback, 200));
    const cancel = window.cancelIdleCallback ?? window.clearTimeout;
    const handle = idle(() => void import('./policy-page').catch(() => undefined));
    return () => cancel(handle);
  }, []);
}

/** The policy library (officers) or, for a manager, the published policies with their team's completion. */
export function PolicyLibraryPage() {
  usePreloadPolicyPage();
  const t = useMessages(policiesMessages);
  const navigate = useNavigate();
  const canManage = usePermission('policies.manage');
  const user = useCurrentUser();
  const controller = useListController(policyList);
  const columns = useColumns(!canManage);
  const filters = useFilters(canManage);
  const add = (
    <Button component={RouterLink} to="/policies/new" variant="contained">
      {t('library.add')}
    </Button>
  );
  return (
    <>
      <PageHeader
        title={canManage ? t('library.title') : t('library.titleTeam')}
        actions={canManage && add}
      />
      <Typography color="text.secondary" sx={{ mb: 2 }}>
        {canManage ? t('library.intro') : t('library.introTeam', { department: user.department })}
      </Typography>
      <ListView
        controller={controller}
        filters={{ filters, labels: POLICY_LABELS, 'aria-label': t('library.filtersLabel') }}
        label={t('library.tableLabel')}
        columns={columns}
        getRowId={(row) => row.id}
        rowLabel={(row) => row.title}
        onRowOpen={(row) => navigate(`/policies/${row.id}`)}
        errorWhat={t('library.what')}
        emptyState={{
          message: canManage ? t('library.empty') : t('library.emptyTeam'),
          filteredMessage: t('library.emptyFiltered'),
          action: canManage ? add : undefined,
        }}
      />
    </>
  );
}

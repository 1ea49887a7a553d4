import { useMemo } from 'react';
import Typography from '@mui/material/Typography';
import { createDataTableColumnHelper } from '@/shared/data-table/columns';
import { useMessages } from '@/shared/i18n/messages';
import { formatDateTime } from '@/shared/labels/format';
import { columnLabel } from '@/shared/labels/record-labels';
import { defineFilters } from '@/shared/list/list-filters';
import { ListView } from '@/shared/list/list-view';
import { useListController } from '@/shared/list/use-list-controller';
import { RecordSection } from '@/shared/record-page/record-section';
import { policyPeopleList, type PolicyPerson } from '../api/policy-people-list';
import { usePolicySites } from '../api/sites';
import { useCompletion } from '../api/queries';
import { policiesMessages } from '../i18n/messages';
import { acknowledgementStatusLabel, PERSON_STATUS_LABELS } from '../model/labels';
import { ACKNOWLEDGEMENT_STATUSES } from '../model/schemas';
import { AcknowledgementChip } from './policy-chips';

const label = (field: keyof typeof PERSON_STATUS_LABELS.fields) => columnLabel(PERSON_STATUS_LABELS, field);

/** One declaration for every policy's list (the filters do not depend on which policy), in the active language. */
function usePeopleFilters() {
  const t = useMessages(policiesMessages);
  return useMemo(
    () =>
      defineFilters(policyPeopleList(''), [
        { field: 'q', kind: 'search', label: label('q'), hint: t('people.searchHint') },
        {
          field: 'status',
          kind: 'select',
          allLabel: t('people.allStatuses'),
          options: ACKNOWLEDGEMENT_STATUSES.map((value) => ({
            value,
            label: acknowledgementStatusLabel(value),
          })),
        },
        { field: 'department', kind: 'select', allLabel: t('people.allDepartments') },
      ]),
    [t],
  );
}

const col = createDataTableColumnHelper<PolicyPerson>();

function usePeopleColumns() {
  const t = useMessages(policiesMessages);
  const sites = usePolicySites().data;
  return useMemo(() => {
    void t; // the headers follow the language
    const siteName = (id: string) => sites?.find((s) => s.id === id)?.name ?? id;
    return col.columns([
      col.accessor('name', { header: label('name'), meta: { width: 200 } }),
      col.accessor('department', { header: label('department') }),
      col.accessor('siteId', {
        header: label('siteId'),
        enableSorting: false,
        cell: (c) => siteName(c.getValue()),
      }),
      col.accessor('status', {
        header: label('status'),
        enableSorting: false,
        cell: (c) => <AcknowledgementChip status={c.getValue()} />,
      }),
      col.accessor('acknowledgedNumber', { header: label('acknowledgedNumber'), enableSorting: false }),
      col.accessor('acknowledgedAt', {
        header: label('acknowledgedAt'),
        enableSorting: false,
        cell: (c) => formatDateTime(c.getValue()),
      }),
      col.accessor('remindedAt', {
        header: label('remindedAt'),
        enableSorting: false,
        cell: (c) => formatDateTime(c.getValue()),
      }),
    ]);
  }, [sites, t]);
}

/** Everyone asked to acknowledge the current version (the caller's scope), filtered to the overdue and so on. */
export function PolicyPeople({ policyId }: { policyId: string }) {
  const t = useMessages(policiesMessages);
  const controller = useListController(policyPeopleList(policyId));
  const completion = useCompletion(policyId);
  const columns = usePeopleColumns();
  const filters = usePeopleFilters();
  const departments = (completion.data?.departments ?? []).map((d) => ({
    value: d.department,
    label: d.department,
  }));
  return (
    <RecordSection id="policy-people" title={t('people.title')}>
      <Typography color="text.secondary" sx={{ mb: 2 }}>
        {t('people.intro')}
      </Typography>
      <ListView
        controller={controller}
        filters={{
          filters,
          labels: PERSON_STATUS_LABELS,
          options: { department: departments },
          'aria-label': t('people.filtersLabel'),
        }}
        label={t('people.title')}
        columns={columns}
        getRowId={(row) => row.personId}
        rowLabel={(row) => row.name}
        errorWhat={t('people.what')}
        emptyState={{
          message: t('people.empty'),
          filteredMessage: t('people.emptyFiltered'),
        }}
      />
    </RecordSection>
  );
}

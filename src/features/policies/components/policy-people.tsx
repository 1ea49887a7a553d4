import { useMemo } from 'react';
import Typography from '@mui/material/Typography';
import { createDataTableColumnHelper } from '@/shared/data-table/columns';
import { formatDateTime } from '@/shared/labels/format';
import { columnLabel, valueOptions } from '@/shared/labels/record-labels';
import { defineFilters } from '@/shared/list/list-filters';
import { ListView } from '@/shared/list/list-view';
import { useListController } from '@/shared/list/use-list-controller';
import { RecordSection } from '@/shared/record-page/record-section';
import { policyPeopleList, type PolicyPerson } from '../api/policy-people-list';
import { usePolicySites } from '../api/sites';
import { useCompletion } from '../api/queries';
import { ACKNOWLEDGEMENT_STATUS_LABELS, PERSON_STATUS_LABELS } from '../model/labels';
import { ACKNOWLEDGEMENT_STATUSES } from '../model/schemas';
import { AcknowledgementChip } from './policy-chips';

const label = (field: keyof typeof PERSON_STATUS_LABELS.fields) => columnLabel(PERSON_STATUS_LABELS, field);

// One declaration for every policy's list (the filters do not depend on which policy).
const FILTERS = defineFilters(policyPeopleList(''), [
  { field: 'q', kind: 'search', label: label('q'), hint: 'Not kept in the address bar.' },
  {
    field: 'status',
    kind: 'select',
    allLabel: 'Everyone asked',
    options: valueOptions(ACKNOWLEDGEMENT_STATUSES, ACKNOWLEDGEMENT_STATUS_LABELS),
  },
  { field: 'department', kind: 'select', allLabel: 'All departments' },
]);

const col = createDataTableColumnHelper<PolicyPerson>();

function usePeopleColumns() {
  const sites = usePolicySites().data;
  return useMemo(() => {
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
  }, [sites]);
}

/** Everyone asked to acknowledge the current version (the caller's scope), filtered to the overdue and so on. */
export function PolicyPeople({ policyId }: { policyId: string }) {
  const controller = useListController(policyPeopleList(policyId));
  const completion = useCompletion(policyId);
  const columns = usePeopleColumns();
  const departments = (completion.data?.departments ?? []).map((d) => ({
    value: d.department,
    label: d.department,
  }));
  return (
    <RecordSection id="policy-people" title="People asked">
      <Typography color="text.secondary" sx={{ mb: 2 }}>
        Choose “Overdue” to see who has missed the due date.
      </Typography>
      <ListView
        controller={controller}
        filters={{
          filters: FILTERS,
          labels: PERSON_STATUS_LABELS,
          options: { department: departments },
          'aria-label': 'Filter the people asked',
        }}
        label="People asked"
        columns={columns}
        getRowId={(row) => row.personId}
        rowLabel={(row) => row.name}
        errorWhat="the people asked"
        emptyState={{
          message: 'Nobody is asked to acknowledge this policy.',
          filteredMessage: 'Nobody matches these filters.',
        }}
      />
    </RecordSection>
  );
}

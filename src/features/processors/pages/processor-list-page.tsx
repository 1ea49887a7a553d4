import { useMemo } from 'react';
import { Trans } from '@lingui/react';
import { Link as RouterLink, useNavigate } from 'react-router';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { usePermission } from '@/shared/auth/session';
import { createDataTableColumnHelper } from '@/shared/data-table/columns';
import type { CsvColumn } from '@/shared/data-table/csv';
import { useMessages } from '@/shared/i18n/messages';
import { formatDate } from '@/shared/labels/format';
import { columnLabel } from '@/shared/labels/record-labels';
import { defineFilters } from '@/shared/list/list-filters';
import { ListView } from '@/shared/list/list-view';
import { useListController } from '@/shared/list/use-list-controller';
import { MaskedValue } from '@/shared/masked/masked-value';
import { todayIso } from '@/shared/model/dates';
import { PageHeader } from '@/shared/ui/page-header';
import { useFreshInLanguage } from '../api/fresh-in-language';
import { processorList, type ProcessorListItem } from '../api/processor-list';
import { FlagChips, MissingClauseChips, ReviewStatusChip } from '../components/chips';
import { Day } from '../components/day';
import { useProcessorOptions } from '../components/options';
import { processorsMessages, type ProcessorsT } from '../i18n/messages';
import {
  PROCESSOR_LABELS,
  clauseLabel,
  countryLabel,
  dataCategoryLabel,
  dataSubjectLabel,
  formatLocation,
  formatSubProcessor,
  reviewOutcomeLabel,
  reviewStatusLabel,
  statusLabel,
  tierLabel,
} from '../model/labels';

const label = (field: keyof typeof PROCESSOR_LABELS.fields) => columnLabel(PROCESSOR_LABELS, field);

const col = createDataTableColumnHelper<ProcessorListItem>();

/** The list's columns, in the active language (made again when it changes). */
const makeColumns = (t: ProcessorsT) =>
  col.columns([
    col.accessor('name', {
      header: label('name'),
      meta: { width: 220 },
      cell: (c) => (
        <Link component={RouterLink} to={`/processors/${c.row.original.id}`}>
          {c.getValue()}
        </Link>
      ),
    }),
    col.accessor('status', { header: label('status'), cell: (c) => statusLabel(c.getValue()) }),
    col.accessor('riskTier', { header: label('riskTier'), cell: (c) => tierLabel(c.getValue()) }),
    // Shown from "Columns": with it, the flags and missing clauses (which must be seen at a glance) made the
    // list scroll sideways on a 1280 px screen. The filter covers the country and the processing locations.
    col.accessor('country', {
      header: label('country'),
      cell: (c) => countryLabel(c.getValue()),
      meta: { defaultHidden: true },
    }),
    col.accessor('flags', {
      header: label('flags'),
      enableSorting: false,
      cell: (c) => <FlagChips flags={c.getValue()} />,
    }),
    col.accessor('missingClauses', {
      header: label('missingClauses'),
      enableSorting: false,
      cell: (c) => <MissingClauseChips clauses={c.getValue()} />,
    }),
    col.accessor('currentContract', {
      header: label('currentContract'),
      enableSorting: false,
      cell: (c) => {
        const contract = c.getValue();
        if (!contract) return <Typography variant="body2">{t('list.noCurrentContract')}</Typography>;
        if (!contract.autoRenew) return <Day day={contract.endDate} />;
        // Past its renewal date, an auto-renewing contract has rolled over to a term we do not know the end of.
        return contract.endDate >= todayIso() ? (
          <Trans
            id={processorsMessages.id('list.renewsOn')}
            values={{ date: formatDate(contract.endDate) }}
            components={{ 0: <span style={{ whiteSpace: 'nowrap' }} /> }}
          />
        ) : (
          t('list.renewsAutomatically')
        );
      },
    }),
    col.accessor('nextReviewDue', {
      header: label('nextReviewDue'),
      cell: (c) => (
        // A plain span, not a Stack: it is on every row (see the chips).
        <span style={{ display: 'inline-flex', alignItems: 'center', flexWrap: 'wrap', gap: 8 }}>
          {c.getValue() && <Day day={c.getValue()} />}
          <ReviewStatusChip status={c.row.original.reviewStatus} />
        </span>
      ),
    }),
    col.accessor('dataCategories', {
      header: label('dataCategories'),
      enableSorting: false,
      meta: { defaultHidden: true },
      cell: (c) => c.getValue().map(dataCategoryLabel).join(', '),
    }),
    col.accessor('contactEmailMasked', {
      header: label('contactEmail'),
      enableSorting: false,
      meta: { defaultHidden: true },
      cell: (c) => (
        <MaskedValue
          entityType="processor"
          entityId={c.row.original.id}
          field="contactEmail"
          masked={c.getValue()}
          fieldLabel={t('list.contactEmailOf', { name: c.row.original.name })}
        />
      ),
    }),
    col.accessor('updatedAt', {
      header: label('updatedAt'),
      meta: { defaultHidden: true },
      cell: (c) => formatDate(c.getValue()),
    }),
  ]);

// The export is evidence: every fact a reviewer may ask about, in words rather than codes (in the active
// language; dates stay ISO). The contact's email is left out: it is personal data and the list only shows it
// masked.
const makeCsvColumns = (t: ProcessorsT): CsvColumn<ProcessorListItem>[] => [
  { header: label('name'), value: (p) => p.name },
  { header: label('status'), value: (p) => statusLabel(p.status) },
  { header: label('riskTier'), value: (p) => tierLabel(p.riskTier) },
  { header: label('riskReason'), value: (p) => p.riskReason },
  { header: label('country'), value: (p) => countryLabel(p.country) },
  { header: label('services'), value: (p) => p.services },
  { header: label('dataCategories'), value: (p) => p.dataCategories.map(dataCategoryLabel) },
  { header: label('dataSubjects'), value: (p) => p.dataSubjects.map(dataSubjectLabel) },
  { header: label('locations'), value: (p) => p.locations.map(formatLocation) },
  { header: label('subProcessors'), value: (p) => p.subProcessors.map(formatSubProcessor) },
  { header: label('flags'), value: (p) => p.flags.map((f) => f.message) },
  { header: label('missingClauses'), value: (p) => p.missingClauses.map(clauseLabel) },
  { header: t('export.currentContract'), value: (p) => p.currentContract?.reference },
  { header: t('export.contractEnds'), value: (p) => p.currentContract?.endDate },
  { header: label('lastReviewDate'), value: (p) => p.lastReviewDate },
  {
    header: label('lastReviewOutcome'),
    value: (p) => (p.lastReviewOutcome ? reviewOutcomeLabel(p.lastReviewOutcome) : ''),
  },
  { header: label('nextReviewDue'), value: (p) => p.nextReviewDue },
  { header: label('reviewStatus'), value: (p) => reviewStatusLabel(p.reviewStatus) },
];

type Options = ReturnType<typeof useProcessorOptions>;

const makeFilters = (t: ProcessorsT, options: Options) =>
  defineFilters(processorList, [
    {
      field: 'q',
      kind: 'search',
      label: t('filter.search'),
      hint: t('filter.searchHint'),
      span: 2,
    },
    { field: 'status', kind: 'select', allLabel: t('filter.allStatuses'), options: options.status },
    {
      field: 'tier',
      kind: 'select',
      label: label('riskTier'),
      allLabel: t('filter.allTiers'),
      options: options.tier,
    },
    {
      field: 'country',
      kind: 'select',
      label: t('filter.country'),
      allLabel: t('filter.allCountries'),
      options: options.country,
    },
    {
      field: 'dataCategory',
      kind: 'select',
      label: t('filter.dataCategory'),
      allLabel: t('filter.allCategories'),
      options: options.dataCategory,
    },
    {
      field: 'reviewStatus',
      kind: 'select',
      allLabel: t('filter.allReviewStatuses'),
      options: options.reviewStatus,
    },
    {
      // One "Flags" select over two API filters: flagged=true|false, or one flag by its code.
      field: 'flags',
      kind: 'select',
      allLabel: t('filter.withOrWithoutFlags'),
      options: [
        { value: 'any', label: t('filter.anyFlag') },
        { value: 'none', label: t('filter.noFlags') },
        ...options.flag,
      ],
      fromParams: (filters) =>
        filters.flag ?? (filters.flagged === 'true' ? 'any' : filters.flagged === 'false' ? 'none' : ''),
      toParams: (value) => ({
        flagged: value === 'any' ? 'true' : value === 'none' ? 'false' : undefined,
        flag: value && value !== 'any' && value !== 'none' ? value : undefined,
      }),
    },
  ]);

export function ProcessorListPage() {
  const navigate = useNavigate();
  const canWrite = usePermission('processors.write');
  const controller = useListController(processorList);
  const t = useMessages(processorsMessages);
  const options = useProcessorOptions();
  useFreshInLanguage();
  const columns = useMemo(() => makeColumns(t), [t]);
  const csvColumns = useMemo(() => makeCsvColumns(t), [t]);
  const filters = useMemo(() => makeFilters(t, options), [t, options]);
  const register = (
    <Button component={RouterLink} to="/processors/new" variant="contained">
      {t('list.register')}
    </Button>
  );
  return (
    <>
      <PageHeader
        title={t('list.title')}
        actions={
          <Stack direction="row" spacing={1}>
            <Button component={RouterLink} to="/processors/review-cadence">
              {t('list.reviewCadence')}
            </Button>
            {canWrite && register}
          </Stack>
        }
      />
      <Typography color="text.secondary" sx={{ mb: 2 }}>
        {t('list.intro')}
      </Typography>
      <ListView
        controller={controller}
        filters={{ filters, labels: PROCESSOR_LABELS, 'aria-label': t('list.filtersLabel') }}
        label={t('list.title')}
        columns={columns}
        getRowId={(row) => row.id}
        rowLabel={(row) => row.name}
        onRowOpen={(row) => navigate(`/processors/${row.id}`)}
        errorWhat={t('list.what')}
        csv={{ columns: csvColumns, fileName: t('export.fileName') }}
        emptyState={{
          message: t('list.empty'),
          filteredMessage: t('list.emptyFiltered'),
          action: canWrite ? register : undefined,
        }}
      />
    </>
  );
}

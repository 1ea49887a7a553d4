import { useMemo } from 'react';
import { Link as RouterLink, useNavigate } from 'react-router';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { usePermission } from '@/shared/auth/session';
import { createDataTableColumnHelper } from '@/shared/data-table/columns';
import type { CsvColumn } from '@/shared/data-table/csv';
import { translateMessage, useMessages } from '@/shared/i18n/messages';
import { formatDate } from '@/shared/labels/format';
import { columnLabel, valueOptions } from '@/shared/labels/record-labels';
import { defineFilters } from '@/shared/list/list-filters';
import { ListView } from '@/shared/list/list-view';
import { useListController } from '@/shared/list/use-list-controller';
import { PageHeader } from '@/shared/ui/page-header';
import { riskList, type RiskListItem } from '../api/risk-list';
import { FlagChips, RatingChip, StatusChip } from '../components/chips';
import { useProcessorOptions } from '../components/processor-options';
import { IgnoredValuesNotice, useIgnoredListValues } from '../components/ignored-values';
import { risksMessages } from '../i18n/messages';
import { impactLabel, likelihoodLabel, RISK_LABELS, riskWords } from '../model/labels';
import { LEVELS } from '../model/rules';
import { RISK_CATEGORIES, RISK_RATINGS, RISK_STATUSES } from '../model/schemas';

const label = (field: keyof typeof RISK_LABELS.fields) => columnLabel(RISK_LABELS, field);

/** The list's columns, CSV columns and filters, in the active language (made again when it changes). */
function useRiskListDeclarations() {
  const t = useMessages(risksMessages);
  return useMemo(() => {
    const words = riskWords();
    const col = createDataTableColumnHelper<RiskListItem>();
    const columns = col.columns([
      col.accessor('reference', {
        header: label('reference'),
        meta: { width: 110 },
        cell: (c) => (
          <Link component={RouterLink} to={`/risks/${c.row.original.id}`} sx={{ whiteSpace: 'nowrap' }}>
            {c.getValue()}
          </Link>
        ),
      }),
      col.accessor('title', { header: label('title'), meta: { width: 260 } }),
      col.accessor('category', {
        header: label('category'),
        meta: { defaultHidden: true },
        cell: (c) => riskWords().category[c.getValue()],
      }),
      col.accessor('status', { header: label('status'), cell: (c) => <StatusChip status={c.getValue()} /> }),
      col.accessor('inherentScore', {
        header: label('inherentScore'),
        cell: (c) => <RatingChip score={c.getValue()} rating={c.row.original.inherentRating} />,
      }),
      col.accessor('residualScore', {
        header: label('residualScore'),
        cell: (c) => <RatingChip score={c.getValue()} rating={c.row.original.residualRating} />,
      }),
      col.accessor('ownerName', { header: label('ownerName'), enableSorting: false }),
      col.accessor('flags', {
        header: label('flags'),
        enableSorting: false,
        cell: (c) => <FlagChips flags={c.getValue()} />,
      }),
      col.accessor('nextReviewDue', {
        header: label('nextReviewDue'),
        // A date is never broken at its hyphens (fr-CA writes 2026-12-01).
        cell: (c) =>
          c.getValue() ? (
            <span style={{ whiteSpace: 'nowrap' }}>{formatDate(c.getValue())}</span>
          ) : (
            t('list.notApproved')
          ),
      }),
      col.accessor('treatment', {
        header: label('treatment'),
        meta: { defaultHidden: true },
        cell: (c) => riskWords().treatment[c.getValue()],
      }),
      col.accessor('linkedProcessors', {
        header: label('linkedProcessors'),
        enableSorting: false,
        meta: { defaultHidden: true },
        cell: (c) =>
          c
            .getValue()
            .map((p) => p.name)
            .join(', '),
      }),
      col.accessor('updatedAt', {
        header: label('updatedAt'),
        meta: { defaultHidden: true },
        cell: (c) => formatDate(c.getValue().slice(0, 10)),
      }),
    ]);

    // The export is evidence: every fact a reviewer may ask about, in words (ISO dates stay machine-readable).
    const fields = RISK_LABELS.fields;
    const csvColumns: CsvColumn<RiskListItem>[] = [
      { header: fields.reference, value: (r) => r.reference },
      { header: label('title'), value: (r) => r.title },
      { header: label('category'), value: (r) => words.category[r.category] },
      { header: label('status'), value: (r) => words.status[r.status] },
      { header: label('ownerName'), value: (r) => r.ownerName },
      { header: fields.inherentLikelihood, value: (r) => likelihoodLabel(r.inherentLikelihood) },
      { header: fields.inherentImpact, value: (r) => impactLabel(r.inherentImpact) },
      { header: fields.inherentScore, value: (r) => r.inherentScore },
      { header: fields.inherentRating, value: (r) => words.rating[r.inherentRating] },
      { header: label('treatment'), value: (r) => words.treatment[r.treatment] },
      { header: fields.residualLikelihood, value: (r) => likelihoodLabel(r.residualLikelihood) },
      { header: fields.residualImpact, value: (r) => impactLabel(r.residualImpact) },
      { header: fields.residualScore, value: (r) => r.residualScore },
      { header: fields.residualRating, value: (r) => words.rating[r.residualRating] },
      { header: t('export.actions'), value: (r) => r.actionCount },
      { header: t('export.overdueActions'), value: (r) => r.overdueActionCount },
      { header: fields.linkedProcessors, value: (r) => r.linkedProcessors.map((p) => p.name) },
      { header: fields.nextReviewDue, value: (r) => r.nextReviewDue },
      { header: fields.reviewStatus, value: (r) => words.reviewStatus[r.reviewStatus] },
      { header: label('flags'), value: (r) => r.flags.map((f) => translateMessage(f.message)) },
    ];

    const levelOptions = (name: (level: number) => string) =>
      LEVELS.map((level) => ({ value: String(level), label: name(level) }));

    const filters = defineFilters(riskList, [
      { field: 'q', kind: 'search', label: t('list.search'), hint: t('list.searchHint'), span: 2 },
      {
        field: 'category',
        kind: 'select',
        allLabel: t('list.allCategories'),
        options: valueOptions(RISK_CATEGORIES, words.category),
      },
      {
        field: 'rating',
        kind: 'select',
        allLabel: t('list.allRatings'),
        options: valueOptions(RISK_RATINGS, words.rating),
      },
      {
        field: 'status',
        kind: 'select',
        allLabel: t('list.allStatuses'),
        options: valueOptions(RISK_STATUSES, words.status),
      },
      { field: 'ownerId', kind: 'person', label: fields.ownerId },
      {
        field: 'overdue',
        kind: 'select',
        label: fields.overdue,
        allLabel: t('list.overdueAny'),
        options: [
          { value: 'true', label: t('list.overdueTrue') },
          { value: 'false', label: t('list.overdueFalse') },
        ],
      },
      { field: 'processorId', kind: 'select', label: fields.processorId, allLabel: t('list.anyProcessor') },
      {
        // Short words in the select (the full "Residual (after mitigation)" did not fit its cell at 1366 px);
        // the hint says what they apply to.
        field: 'basis',
        kind: 'select',
        label: fields.basis,
        allLabel: t('list.basisResidual'),
        options: [{ value: 'inherent', label: t('list.basisInherent') }],
        hint: t('list.basisHint'),
      },
      {
        field: 'likelihood',
        kind: 'select',
        label: fields.likelihood,
        allLabel: t('list.anyLikelihood'),
        options: levelOptions(likelihoodLabel),
      },
      {
        field: 'impact',
        kind: 'select',
        label: fields.impact,
        allLabel: t('list.anyImpact'),
        options: levelOptions(impactLabel),
      },
    ]);
    return { columns, csvColumns, filters };
  }, [t]);
}

export function RiskListPage() {
  const t = useMessages(risksMessages);
  const { columns, csvColumns, filters } = useRiskListDeclarations();
  const ignored = useIgnoredListValues();
  const navigate = useNavigate();
  const canWrite = usePermission('risks.write');
  const canReview = usePermission('risks.review');
  const controller = useListController(riskList);
  const processorOptions = useProcessorOptions(
    controller.state.filters.processorId,
    controller.query.isSuccess,
  );
  const write = (
    <Button component={RouterLink} to="/risks/new" variant="contained">
      {t('list.write')}
    </Button>
  );
  return (
    <>
      <PageHeader
        title={t('nav.register')}
        actions={
          <Stack direction="row" spacing={1}>
            <Button component={RouterLink} to="/risks/heat-map">
              {t('list.heatMap')}
            </Button>
            {canReview && (
              <Button component={RouterLink} to="/risks/review-queue">
                {t('list.reviewQueue')}
              </Button>
            )}
            {canWrite && write}
          </Stack>
        }
      />
      <Typography color="text.secondary" sx={{ mb: 2 }}>
        {t('list.intro')}
      </Typography>
      <IgnoredValuesNotice ignored={ignored} />
      <ListView
        controller={controller}
        filters={{
          filters,
          labels: RISK_LABELS,
          options: { processorId: processorOptions },
          'aria-label': t('list.filtersLabel'),
        }}
        label={t('list.label')}
        columns={columns}
        getRowId={(row) => row.id}
        rowLabel={(row) => `${row.reference} ${row.title}`}
        onRowOpen={(row) => navigate(`/risks/${row.id}`)}
        errorWhat={t('list.errorWhat')}
        csv={{ columns: csvColumns, fileName: t('export.fileName') }}
        emptyState={{
          message: t('list.empty'),
          filteredMessage: t('list.emptyFiltered'),
          action: canWrite ? write : undefined,
        }}
      />
    </>
  );
}

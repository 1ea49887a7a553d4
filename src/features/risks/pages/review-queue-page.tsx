import { useMemo } from 'react';
import { Link as RouterLink, useNavigate } from 'react-router';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { createDataTableColumnHelper } from '@/shared/data-table/columns';
import { useMessages } from '@/shared/i18n/messages';
import { formatDate, formatDateTime } from '@/shared/labels/format';
import { columnLabel } from '@/shared/labels/record-labels';
import { ListView } from '@/shared/list/list-view';
import { useListController } from '@/shared/list/use-list-controller';
import { PageHeader } from '@/shared/ui/page-header';
import { riskQueueList, type RiskListItem } from '../api/risk-list';
import { FlagChips, RatingChip, StatusChip } from '../components/chips';
import { IgnoredValuesNotice, useIgnoredListValues } from '../components/ignored-values';
import { risksMessages } from '../i18n/messages';
import { RISK_LABELS } from '../model/labels';

const label = (field: keyof typeof RISK_LABELS.fields) => columnLabel(RISK_LABELS, field);

function useQueueColumns() {
  const t = useMessages(risksMessages);
  return useMemo(() => {
    const col = createDataTableColumnHelper<RiskListItem>();
    return col.columns([
      col.accessor('reference', {
        header: label('reference'),
        cell: (c) => (
          <Link component={RouterLink} to={`/risks/${c.row.original.id}`}>
            {c.getValue()}
          </Link>
        ),
      }),
      col.accessor('title', { header: label('title'), enableSorting: false }),
      col.accessor('status', {
        header: label('status'),
        enableSorting: false,
        cell: (c) => <StatusChip status={c.getValue()} />,
      }),
      col.accessor('residualScore', {
        header: label('residualScore'),
        enableSorting: false,
        cell: (c) => <RatingChip score={c.getValue()} rating={c.row.original.residualRating} />,
      }),
      col.accessor('ownerName', { header: label('ownerName'), enableSorting: false }),
      col.accessor('waitingSince', {
        header: label('waitingSince'),
        cell: (c) => {
          const row = c.row.original;
          if (row.status === 'approved') return t('queue.reviewDue', { date: formatDate(row.nextReviewDue) });
          const since = c.getValue();
          return since ? t('queue.submitted', { at: formatDateTime(since) }) : '';
        },
      }),
      col.accessor('flags', {
        header: label('flags'),
        enableSorting: false,
        cell: (c) => <FlagChips flags={c.getValue()} />,
      }),
    ]);
  }, [t]);
}

/** A manager's queue: plans in review and approved plans due for review, on risks they neither own nor submitted. */
export function ReviewQueuePage() {
  const t = useMessages(risksMessages);
  const columns = useQueueColumns();
  const ignored = useIgnoredListValues();
  const navigate = useNavigate();
  const controller = useListController(riskQueueList);
  return (
    <>
      <PageHeader title={t('queue.title')} crumbs={[{ label: t('nav.register'), to: '/risks' }]} />
      <Typography color="text.secondary" sx={{ mb: 2 }}>
        {t('queue.intro')}
      </Typography>
      <IgnoredValuesNotice ignored={ignored} />
      <ListView
        controller={controller}
        label={t('queue.label')}
        columns={columns}
        getRowId={(row) => row.id}
        rowLabel={(row) => `${row.reference} ${row.title}`}
        onRowOpen={(row) => navigate(`/risks/${row.id}`)}
        errorWhat={t('queue.errorWhat')}
        emptyState={{ message: t('queue.empty'), filteredMessage: t('queue.emptyFiltered') }}
      />
    </>
  );
}

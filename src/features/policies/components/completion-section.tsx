import { lazy, Suspense, useState } from 'react';
import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import { useMessages } from '@/shared/i18n/messages';
import { formatNumber } from '@/shared/labels/format';
import { AfterPrimaryContent } from '@/shared/ui/after-primary-content';
import { LoadingBlock } from '@/shared/ui/loading-block';
import type { PolicyCompletion } from '../api/queries';
import { policiesMessages } from '../i18n/messages';
import { sharePercent } from './figures';
import { ScrollRegion } from './scroll-region';

const CompletionChart = lazy(async () => ({
  default: (await import('./completion-chart')).CompletionChart,
}));

/** The three figures that matter, in words and numbers. */
export function CompletionCounts({ completion }: { completion: PolicyCompletion }) {
  const t = useMessages(policiesMessages);
  const { total, acknowledged, pending, overdue } = completion.counts;
  const figures = [
    { label: t('completion.acknowledged'), value: acknowledged, note: sharePercent(acknowledged, total) },
    { label: t('completion.waiting'), value: pending, note: t('completion.waitingNote') },
    { label: t('completion.overdue'), value: overdue, note: t('completion.overdueNote') },
  ];
  return (
    <Stack direction="row" spacing={4} useFlexGap sx={{ flexWrap: 'wrap' }} component="dl">
      <Box>
        <Typography component="dt" variant="body2" color="text.secondary">
          {t('completion.asked')}
        </Typography>
        <Typography component="dd" variant="h5" sx={{ m: 0 }}>
          {formatNumber(total)}
        </Typography>
      </Box>
      {figures.map((figure) => (
        <Box key={figure.label}>
          <Typography component="dt" variant="body2" color="text.secondary">
            {figure.label}
          </Typography>
          <Typography component="dd" variant="h5" sx={{ m: 0 }}>
            {formatNumber(figure.value)}{' '}
            <Typography component="span" variant="body2" color="text.secondary">
              {figure.note}
            </Typography>
          </Typography>
        </Box>
      ))}
    </Stack>
  );
}

function DepartmentTable({ completion, captionId }: { completion: PolicyCompletion; captionId: string }) {
  const t = useMessages(policiesMessages);
  return (
    <ScrollRegion label={t('completion.tableRegion')}>
      <Table size="small" aria-labelledby={captionId}>
        <TableHead>
          <TableRow>
            <TableCell component="th" scope="col">
              {t('completion.department')}
            </TableCell>
            <TableCell component="th" scope="col" align="right">
              {t('completion.asked')}
            </TableCell>
            <TableCell component="th" scope="col" align="right">
              {t('completion.acknowledged')}
            </TableCell>
            <TableCell component="th" scope="col" align="right">
              {t('completion.waiting')}
            </TableCell>
            <TableCell component="th" scope="col" align="right">
              {t('completion.overdue')}
            </TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {completion.departments.map((row) => (
            <TableRow key={row.department}>
              <TableCell component="th" scope="row">
                {row.department}
              </TableCell>
              <TableCell align="right">{formatNumber(row.total)}</TableCell>
              <TableCell align="right">
                {t('completion.countWithShare', {
                  count: formatNumber(row.acknowledged),
                  share: sharePercent(row.acknowledged, row.total),
                })}
              </TableCell>
              <TableCell align="right">{formatNumber(row.pending)}</TableCell>
              <TableCell align="right">{formatNumber(row.overdue)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </ScrollRegion>
  );
}

/** Counts, then per department as a chart or, for whoever prefers it (or a screen reader), a table. */
export function CompletionByDepartment({ completion }: { completion: PolicyCompletion }) {
  const t = useMessages(policiesMessages);
  const [view, setView] = useState<'chart' | 'table'>('chart');
  const captionId = `completion-departments-${completion.policyId}`;
  if (completion.departments.length === 0) return null;
  return (
    <Box sx={{ mt: 2 }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, flexWrap: 'wrap', mb: 1 }}>
        <Typography id={captionId} variant="subtitle1" component="h3" sx={{ flexGrow: 1 }}>
          {t('completion.byDepartment')}
        </Typography>
        <ToggleButtonGroup
          size="small"
          exclusive
          value={view}
          onChange={(_event, next) => next && setView(next)}
          aria-label={t('completion.viewAs')}
        >
          <ToggleButton value="chart">{t('completion.chart')}</ToggleButton>
          <ToggleButton value="table">{t('completion.table')}</ToggleButton>
        </ToggleButtonGroup>
      </Box>
      {view === 'table' ? (
        <DepartmentTable completion={completion} captionId={captionId} />
      ) : (
        <Box role="figure" aria-labelledby={captionId}>
          <Typography variant="body2" color="text.secondary">
            {t('completion.chartAlternative')}
          </Typography>
          {/* The chart's code (@mui/x-charts, its largest chunk) loads and runs once the page has painted: on
              the policy's page, after the rows of the people asked, which it would otherwise hold back. */}
          <AfterPrimaryContent primaryShown minHeight={240}>
            <Suspense fallback={<LoadingBlock label={t('completion.loadingChart')} height={240} />}>
              <CompletionChart completion={completion} />
            </Suspense>
          </AfterPrimaryContent>
        </Box>
      )}
    </Box>
  );
}

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
import { LoadingBlock } from '@/shared/ui/loading-block';
import type { PolicyCompletion } from '../api/queries';

const CompletionChart = lazy(async () => ({
  default: (await import('./completion-chart')).CompletionChart,
}));

const numberFormat = new Intl.NumberFormat();
const percent = (part: number, whole: number) =>
  whole === 0 ? '0%' : `${Math.round((part / whole) * 100)}%`;

/** The three figures that matter, in words and numbers. */
export function CompletionCounts({ completion }: { completion: PolicyCompletion }) {
  const { total, acknowledged, pending, overdue } = completion.counts;
  const figures = [
    { label: 'Acknowledged', value: acknowledged, note: percent(acknowledged, total) },
    { label: 'Waiting', value: pending, note: 'not yet due' },
    { label: 'Overdue', value: overdue, note: 'past the due date' },
  ];
  return (
    <Stack direction="row" spacing={4} useFlexGap sx={{ flexWrap: 'wrap' }} component="dl">
      <Box>
        <Typography component="dt" variant="body2" color="text.secondary">
          Asked
        </Typography>
        <Typography component="dd" variant="h5" sx={{ m: 0 }}>
          {numberFormat.format(total)}
        </Typography>
      </Box>
      {figures.map((figure) => (
        <Box key={figure.label}>
          <Typography component="dt" variant="body2" color="text.secondary">
            {figure.label}
          </Typography>
          <Typography component="dd" variant="h5" sx={{ m: 0 }}>
            {numberFormat.format(figure.value)}{' '}
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
  return (
    <Box sx={{ overflowX: 'auto' }}>
      <Table size="small" aria-labelledby={captionId}>
        <TableHead>
          <TableRow>
            <TableCell component="th" scope="col">
              Department
            </TableCell>
            <TableCell component="th" scope="col" align="right">
              Asked
            </TableCell>
            <TableCell component="th" scope="col" align="right">
              Acknowledged
            </TableCell>
            <TableCell component="th" scope="col" align="right">
              Waiting
            </TableCell>
            <TableCell component="th" scope="col" align="right">
              Overdue
            </TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {completion.departments.map((row) => (
            <TableRow key={row.department}>
              <TableCell component="th" scope="row">
                {row.department}
              </TableCell>
              <TableCell align="right">{numberFormat.format(row.total)}</TableCell>
              <TableCell align="right">
                {numberFormat.format(row.acknowledged)} ({percent(row.acknowledged, row.total)})
              </TableCell>
              <TableCell align="right">{numberFormat.format(row.pending)}</TableCell>
              <TableCell align="right">{numberFormat.format(row.overdue)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
}

/** Counts, then per department as a chart or, for whoever prefers it (or a screen reader), a table. */
export function CompletionByDepartment({ completion }: { completion: PolicyCompletion }) {
  const [view, setView] = useState<'chart' | 'table'>('chart');
  const captionId = `completion-departments-${completion.policyId}`;
  if (completion.departments.length === 0) return null;
  return (
    <Box sx={{ mt: 2 }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, flexWrap: 'wrap', mb: 1 }}>
        <Typography id={captionId} variant="subtitle1" component="h3" sx={{ flexGrow: 1 }}>
          By department
        </Typography>
        <ToggleButtonGroup
          size="small"
          exclusive
          value={view}
          onChange={(_event, next) => next && setView(next)}
          aria-label="Show completion by department as"
        >
          <ToggleButton value="chart">Chart</ToggleButton>
          <ToggleButton value="table">Table</ToggleButton>
        </ToggleButtonGroup>
      </Box>
      {view === 'table' ? (
        <DepartmentTable completion={completion} captionId={captionId} />
      ) : (
        <Box role="figure" aria-labelledby={captionId}>
          <Typography variant="body2" color="text.secondary">
            Bars per department: acknowledged, waiting and overdue. The table shows the same figures.
          </Typography>
          <Suspense fallback={<LoadingBlock label="Loading the chart" height={240} />}>
            <CompletionChart completion={completion} />
          </Suspense>
        </Box>
      )}
    </Box>
  );
}

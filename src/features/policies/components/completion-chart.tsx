// Completion per department as stacked bars (@mui/x-charts). A lazy chunk: the charts library is only loaded
// where the chart is shown. The same figures are always one click away as a table (CompletionSection).
import { BarChart } from '@mui/x-charts/BarChart';
import type { PolicyCompletion } from '../api/queries';
import { ACKNOWLEDGEMENT_STATUS_LABELS } from '../model/labels';

// Dark enough against white for the 3:1 that graphics need, and told apart by more than hue (the legend and
// the table name each).
const COLORS = { acknowledged: '#1e7e34', pending: '#6b5d00', overdue: '#b3261e' } as const;

export function CompletionChart({ completion }: { completion: PolicyCompletion }) {
  const rows = completion.departments.map(({ department, acknowledged, pending, overdue }) => ({
    department,
    acknowledged,
    pending,
    overdue,
  }));
  return (
    <BarChart
      dataset={rows}
      layout="horizontal"
      height={Math.max(160, rows.length * 36 + 80)}
      yAxis={[{ scaleType: 'band', dataKey: 'department', width: 130 }]}
      series={(['acknowledged', 'pending', 'overdue'] as const).map((status) => ({
        dataKey: status,
        label: ACKNOWLEDGEMENT_STATUS_LABELS[status],
        stack: 'people',
        color: COLORS[status],
      }))}
    />
  );
}

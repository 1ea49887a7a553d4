// Completion per department as stacked bars (@mui/x-charts). A lazy chunk, and composed of the parts it draws
// (bars and axes, no tooltip, zoom or legend component): the whole BarChart weighed 93 kB gzip, past the 60 kB
// a lazy chunk may. The legend is plain HTML; the same figures are one click away as a table.
import Box from '@mui/material/Box';
import { BAR_CHART_PLUGINS, BarPlot, type BarChartPluginSignatures } from '@mui/x-charts/BarChart';
import { ChartsDataProvider } from '@mui/x-charts/ChartsDataProvider';
import { ChartsSurface } from '@mui/x-charts/ChartsSurface';
import { ChartsXAxis } from '@mui/x-charts/ChartsXAxis';
import { ChartsYAxis } from '@mui/x-charts/ChartsYAxis';
import { useMessages } from '@/shared/i18n/messages';
import { formatNumber } from '@/shared/labels/format';
import type { PolicyCompletion } from '../api/queries';
import { policiesMessages } from '../i18n/messages';
import { acknowledgementStatusLabel } from '../model/labels';

// Dark enough against white for the 3:1 that graphics need; the legend and the table name each.
const COLORS = { acknowledged: '#1e7e34', pending: '#8a6d00', overdue: '#b3261e' } as const;
const STATUSES = ['acknowledged', 'pending', 'overdue'] as const;

export function CompletionChart({ completion }: { completion: PolicyCompletion }) {
  useMessages(policiesMessages); // the legend and the series follow the language
  const rows = completion.departments.map(({ department, acknowledged, pending, overdue }) => ({
    department,
    acknowledged,
    pending,
    overdue,
  }));
  const height = Math.max(140, rows.length * 32 + 60);
  return (
    <Box>
      <Box component="ul" sx={{ display: 'flex', gap: 2, listStyle: 'none', p: 0, m: 0, flexWrap: 'wrap' }}>
        {STATUSES.map((status) => (
          <Box component="li" key={status} sx={{ display: 'flex', alignItems: 'center', gap: 0.75 }}>
            <Box aria-hidden sx={{ width: 14, height: 14, bgcolor: COLORS[status], borderRadius: 0.5 }} />
            {acknowledgementStatusLabel(status)}
          </Box>
        ))}
      </Box>
      <Box aria-hidden sx={{ width: '100%', height }}>
        <ChartsDataProvider<'bar', BarChartPluginSignatures>
          plugins={BAR_CHART_PLUGINS}
          // The picture is hidden from assistive technology (the table says it all), so nothing in it may
          // take focus either.
          disableKeyboardNavigation
          dataset={rows}
          height={height}
          margin={{ left: 8, right: 16, top: 8, bottom: 8 }}
          yAxis={[{ id: 'departments', scaleType: 'band', dataKey: 'department', width: 130 }]}
          xAxis={[{ id: 'people', tickMinStep: 1, valueFormatter: (value: number) => formatNumber(value) }]}
          series={STATUSES.map((status) => ({
            type: 'bar' as const,
            layout: 'horizontal' as const,
            dataKey: status,
            label: acknowledgementStatusLabel(status),
            stack: 'people',
            color: COLORS[status],
          }))}
        >
          <ChartsSurface>
            <BarPlot />
            <ChartsXAxis axisId="people" />
            <ChartsYAxis axisId="departments" />
          </ChartsSurface>
        </ChartsDataProvider>
      </Box>
    </Box>
  );
}

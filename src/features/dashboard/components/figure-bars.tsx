// A card's figures as bars (a lazy chunk: the chart library loads only with a card that draws one). The list
// of figures above it is its text alternative; the chart itself is inert (hidden from screen readers, and
// its parts out of the tab order). Composed of the parts it draws, bars and axes, like the policies' chart:
// an inert picture has no use for BarChart's tooltip and legend (80.1 kB gzip with them, 78.4 kB without).
import { BAR_CHART_PLUGINS, BarPlot, type BarChartPluginSignatures } from '@mui/x-charts/BarChart';
import { ChartsDataProvider } from '@mui/x-charts/ChartsDataProvider';
import { ChartsSurface } from '@mui/x-charts/ChartsSurface';
import { ChartsXAxis } from '@mui/x-charts/ChartsXAxis';
import { ChartsYAxis } from '@mui/x-charts/ChartsYAxis';
import { formatNumber } from '@/shared/labels/format';
import type { DashboardFigure } from '@/shared/modules/dashboard-contribution';
import { CHART_HEIGHT } from './chart-height';

export function FigureBars({
  figures,
  label,
}: {
  figures: DashboardFigure[];
  label: (f: DashboardFigure) => string;
}) {
  return (
    <div inert style={{ width: '100%', height: CHART_HEIGHT }}>
      <ChartsDataProvider<'bar', BarChartPluginSignatures>
        plugins={BAR_CHART_PLUGINS}
        disableKeyboardNavigation
        height={CHART_HEIGHT}
        margin={{ left: 8, right: 16, top: 8, bottom: 8 }}
        yAxis={[{ id: 'figures', scaleType: 'band', data: figures.map(label), width: 140 }]}
        xAxis={[{ id: 'counts', tickMinStep: 1, valueFormatter: (value: number) => formatNumber(value) }]}
        series={[{ type: 'bar', layout: 'horizontal', data: figures.map((figure) => figure.count) }]}
      >
        <ChartsSurface>
          <BarPlot />
          <ChartsXAxis axisId="counts" />
          <ChartsYAxis axisId="figures" />
        </ChartsSurface>
      </ChartsDataProvider>
    </div>
  );
}

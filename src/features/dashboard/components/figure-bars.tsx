// A card's figures as bars (a lazy chunk: the chart library loads only with a card that draws one). The list
// of figures above it is its text alternative; the chart itself is inert (hidden from screen readers, and
// its parts out of the tab order).
import { BarChart } from '@mui/x-charts/BarChart';
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
    <div inert>
      <BarChart
        height={CHART_HEIGHT}
        layout="horizontal"
        margin={{ left: 8, right: 16, top: 8, bottom: 8 }}
        yAxis={[{ scaleType: 'band', data: figures.map(label), width: 140 }]}
        series={[{ data: figures.map((figure) => figure.count) }]}
        hideLegend
      />
    </div>
  );
}

// A grid of figures (a heat map) as a table: row and column headers name each cell, and each cell links to
// the list it counts. A table is its own text alternative.
import { Link as RouterLink } from 'react-router';
import Link from '@mui/material/Link';
import { useMessages } from '@/shared/i18n/messages';
import type { DashboardFigure, DashboardGrid } from '@/shared/modules/dashboard-contribution';
import { dashboardMessages } from '../i18n/messages';

const TONES = {
  low: { bg: '#e8f5e9', fg: '#1b5e20' },
  medium: { bg: '#fff8e1', fg: '#5d4037' },
  high: { bg: '#fff3e0', fg: '#8a3a00' },
  critical: { bg: '#ffebee', fg: '#8e0000' },
} as const;

export function FigureGrid({
  grid,
  figures,
  linkTo,
}: {
  grid: DashboardGrid;
  figures: DashboardFigure[];
  linkTo: (figure: DashboardFigure) => string;
}) {
  const t = useMessages(dashboardMessages);
  const byKey = new Map(figures.map((figure) => [figure.key, figure]));
  const cell = {
    border: '1px solid #bdbdbd',
    padding: '4px 6px',
    textAlign: 'center' as const,
    minWidth: 36,
  };
  return (
    // On a phone the grid scrolls inside its own box (reachable by keyboard), never the page.
    <div tabIndex={0} role="region" aria-label={grid.title()} style={{ overflowX: 'auto', maxWidth: '100%' }}>
      <table style={{ borderCollapse: 'collapse', fontSize: 14, marginTop: 8 }}>
        <caption style={{ textAlign: 'left', fontWeight: 600, paddingBottom: 4 }}>{grid.title()}</caption>
        <thead>
          <tr>
            <th scope="col" style={cell}>
              {t('dashboard.gridCorner', { row: grid.rowHeading(), column: grid.columnHeading() })}
            </th>
            {grid.columns.map((column) => (
              <th key={column} scope="col" style={cell}>
                {grid.columnLabel(column)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {grid.rows.map((row) => (
            <tr key={row}>
              <th scope="row" style={cell}>
                {grid.rowLabel(row)}
              </th>
              {grid.columns.map((column) => {
                const figure = byKey.get(grid.cellKey(row, column));
                const tone = TONES[grid.tone?.(row, column) ?? 'low'];
                return (
                  <td key={column} style={{ ...cell, background: tone.bg, color: tone.fg }}>
                    {figure && figure.count > 0 ? (
                      <Link
                        component={RouterLink}
                        to={linkTo(figure)}
                        sx={{ color: tone.fg, fontWeight: 600 }}
                        aria-label={t('dashboard.gridCell', {
                          row: grid.rowLabel(row),
                          column: grid.columnLabel(column),
                          count: figure.count,
                        })}
                      >
                        {figure.count}
                      </Link>
                    ) : (
                      (figure?.count ?? 0)
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

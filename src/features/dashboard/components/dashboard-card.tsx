// One card of the dashboard: its own summary request (the cards load in parallel), its figures as links to the
// lists they count, and a chart or a grid where a picture reads better.
import { lazy, Suspense } from 'react';
import { Link as RouterLink } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Link from '@mui/material/Link';
import Skeleton from '@mui/material/Skeleton';
import Typography from '@mui/material/Typography';
import { useMessages } from '@/shared/i18n/messages';
import { formatTime } from '@/shared/labels/format';
import { dashboardCardQuery, type DashboardCardDeclaration } from '@/shared/modules/dashboard-contribution';
import { LoadingBlock } from '@/shared/ui/loading-block';
import { QueryError } from '@/shared/ui/query-error';
import { dashboardMessages } from '../i18n/messages';
import { CHART_HEIGHT } from './chart-height';
import { FigureGrid } from './figure-grid';

const FigureBars = lazy(async () => ({ default: (await import('./figure-bars')).FigureBars }));

/** A heat map's height: its caption and margin, then a header row and its rows. */
const gridHeight = (rows: number) => 36 + (rows + 1) * 40;

export function DashboardCard({ card }: { card: DashboardCardDeclaration }) {
  const t = useMessages(dashboardMessages);
  const summary = useQuery(dashboardCardQuery(card.id));
  const title = card.title();
  const headingId = `dashboard-card-${card.id}`;
  const listed = summary.data?.figures.filter((figure) => card.listed?.(figure) ?? true) ?? [];
  const bars = card.bars && summary.data?.figures.filter(card.bars.figures);
  return (
    <Card variant="outlined" component="section" aria-labelledby={headingId} sx={{ height: '100%' }}>
      <CardContent>
        <Typography id={headingId} variant="h6" component="h2">
          {title}
        </Typography>
        {summary.isPending ? (
          <>
            <LoadingBlock label={t('dashboard.loading', { title })} height={120} />
            {/* The room the heat map and the chart will take (their drawn sizes at desktop width), so the cards
                below do not move down as the summaries arrive: that was most of the page's layout shift. */}
            {card.grid && (
              <Skeleton
                variant="rounded"
                height={gridHeight(card.grid.rows.length)}
                sx={{ mt: 1 }}
                aria-hidden="true"
              />
            )}
            {card.bars && (
              <Skeleton variant="rounded" height={CHART_HEIGHT + 20} sx={{ mt: 1 }} aria-hidden="true" />
            )}
          </>
        ) : summary.isError ? (
          <QueryError
            error={summary.error}
            onRetry={() => void summary.refetch()}
            what={t('dashboard.errorWhat')}
          />
        ) : (
          <>
            <Typography variant="body2" color="text.secondary">
              {t('dashboard.asOf', { time: formatTime(summary.data.asOf) })}
            </Typography>
            {listed.length === 0 ? (
              <Typography sx={{ mt: 1 }}>{t('dashboard.nothing')}</Typography>
            ) : (
              <ul style={{ listStyle: 'none', padding: 0, margin: '8px 0 0' }}>
                {listed.map((figure) => (
                  <li
                    key={`${figure.key}:${figure.subject ?? ''}`}
                    style={{ display: 'flex', justifyContent: 'space-between', gap: 12, padding: '4px 0' }}
                  >
                    <Link component={RouterLink} to={card.linkTo(figure)}>
                      {t('dashboard.figure', {
                        label: card.figureLabel(figure, summary.data.figures),
                        count: figure.count,
                      })}
                    </Link>
                  </li>
                ))}
              </ul>
            )}
            {card.grid && <FigureGrid grid={card.grid} figures={summary.data.figures} linkTo={card.linkTo} />}
            {card.bars && bars && bars.length > 0 && (
              <figure style={{ margin: '8px 0 0' }}>
                <Suspense fallback={<div style={{ height: CHART_HEIGHT }} />}>
                  <FigureBars
                    figures={bars}
                    label={(figure) => card.figureLabel(figure, summary.data.figures)}
                  />
                </Suspense>
                <Typography component="figcaption" variant="body2" color="text.secondary">
                  {t('dashboard.chartNote', { title: card.bars.title() })}
                </Typography>
              </figure>
            )}
          </>
        )}
      </CardContent>
    </Card>
  );
}

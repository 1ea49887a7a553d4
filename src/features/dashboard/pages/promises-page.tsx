// The promises board: each promise of the privacy policy with its live status from the modules ("47 of 50
// active processors have a current contract with every clause"), each linked to the records that fall short.
// The page an officer opens before an audit: it prints as a dated report, without the console around it.
import { useState } from 'react';
import { Link as RouterLink } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import Button from '@mui/material/Button';
import GlobalStyles from '@mui/material/GlobalStyles';
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useMessages } from '@/shared/i18n/messages';
import { formatDate, formatTime } from '@/shared/labels/format';
import { todayIso } from '@/shared/model/dates';
import { dashboardCardQuery, type DashboardCardDeclaration } from '@/shared/modules/dashboard-contribution';
import { LoadingBlock } from '@/shared/ui/loading-block';
import { PageHeader } from '@/shared/ui/page-header';
import { QueryError } from '@/shared/ui/query-error';
import { ToneChip } from '@/shared/ui/tone-chip';
import { useDeclaredCards } from '../components/declared-cards';
import { dashboardMessages } from '../i18n/messages';

// Printed, the report is the page alone: the shell's bar and navigation, and the buttons, stay on screen.
const PRINT_STYLES = (
  <GlobalStyles
    styles={{
      '@media print': {
        'header.MuiAppBar-root, nav, .promises-no-print': { display: 'none !important' },
        'main, body': { margin: '0 !important', padding: '0 !important' },
        '.promises-promise': { breakInside: 'avoid' },
        a: { color: 'inherit !important', textDecoration: 'none !important' },
      },
    }}
  />
);

function CardPromises({ card }: { card: DashboardCardDeclaration & { promise: object } }) {
  const t = useMessages(dashboardMessages);
  const summary = useQuery(dashboardCardQuery(card.id));
  const title = card.title();
  if (summary.isPending) return <LoadingBlock label={t('promises.loading', { title })} height={96} />;
  if (summary.isError)
    return <QueryError error={summary.error} onRetry={() => void summary.refetch()} what={title} />;
  const label = card.shortfallLabel ?? card.figureLabel;
  return (
    <>
      {summary.data.promises.map((promise) => {
        const kept = promise.met === promise.total;
        const headingId = `promise-${promise.key}`;
        return (
          <Paper
            key={promise.key}
            variant="outlined"
            component="section"
            aria-labelledby={headingId}
            className="promises-promise"
            sx={{ p: 2 }}
          >
            <Stack direction="row" spacing={1} sx={{ alignItems: 'center', justifyContent: 'space-between' }}>
              <Typography id={headingId} variant="h6" component="h2">
                {card.promise!.title(promise)}
              </Typography>
              <ToneChip
                tone={kept ? 'success' : 'warning'}
                label={kept ? t('promises.kept') : t('promises.short')}
              />
            </Stack>
            <Typography sx={{ mt: 1 }}>{card.promise!.status(promise)}</Typography>
            {/* A picture of the sentence above, which says the same: not a progress bar (nothing is loading). */}
            <Box aria-hidden="true" sx={{ my: 1, height: 8, borderRadius: 4, bgcolor: 'action.hover' }}>
              <Box
                sx={{
                  height: '100%',
                  borderRadius: 4,
                  width: `${promise.total ? (promise.met / promise.total) * 100 : 100}%`,
                  bgcolor: kept ? 'success.main' : 'warning.main',
                  printColorAdjust: 'exact',
                }}
              />
            </Box>
            {promise.shortfalls.some((figure) => figure.count > 0) ? (
              <>
                <Typography variant="subtitle2" component="h3">
                  {t('promises.shortfalls')}
                </Typography>
                <ul style={{ margin: '4px 0 0' }}>
                  {promise.shortfalls
                    .filter((figure) => figure.count > 0)
                    .map((figure) => (
                      <li key={`${figure.key}:${figure.subject ?? ''}`}>
                        <Link component={RouterLink} to={card.linkTo(figure)}>
                          {t('promises.shortfall', {
                            label: label(figure, summary.data.figures),
                            count: figure.count,
                          })}
                        </Link>
                      </li>
                    ))}
                </ul>
              </>
            ) : (
              <Typography variant="body2" color="text.secondary">
                {t('promises.noShortfall')}
              </Typography>
            )}
          </Paper>
        );
      })}
    </>
  );
}

export function PromisesPage() {
  const t = useMessages(dashboardMessages);
  const cards = useDeclaredCards().filter(
    (
      card,
    ): card is DashboardCardDeclaration & { promise: NonNullable<DashboardCardDeclaration['promise']> } =>
      card.promise !== undefined,
  );
  // The moment the report was opened: printed on it, so a paper copy says when its figures were true.
  const [openedAt] = useState(() => new Date().toISOString());
  return (
    <>
      {PRINT_STYLES}
      <PageHeader
        title={t('promises.title')}
        actions={
          <Button className="promises-no-print" variant="outlined" onClick={() => window.print()}>
            {t('promises.print')}
          </Button>
        }
      />
      <Typography color="text.secondary">{t('promises.intro')}</Typography>
      <Typography sx={{ mb: 2, fontWeight: 600 }}>
        {t('promises.dated', { date: formatDate(todayIso()), time: formatTime(openedAt) })}
      </Typography>
      {cards.length === 0 ? (
        <Typography>{t('promises.none')}</Typography>
      ) : (
        <Stack spacing={2}>
          {cards.map((card) => (
            <CardPromises key={card.id} card={card} />
          ))}
        </Stack>
      )}
    </>
  );
}

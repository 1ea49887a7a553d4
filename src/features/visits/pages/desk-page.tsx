import { Link as RouterLink } from 'react-router';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Grid from '@mui/material/Grid';
import { LoadingBlock } from '@/shared/ui/loading-block';
import Typography from '@mui/material/Typography';
import PersonAddAlt1Outlined from '@mui/icons-material/PersonAddAlt1Outlined';
import PrintOutlined from '@mui/icons-material/PrintOutlined';
import HistoryOutlined from '@mui/icons-material/HistoryOutlined';
import { PageHeader } from '@/shared/ui/page-header';
import { QueryError } from '@/shared/ui/query-error';
import { useMessages } from '@/shared/i18n/messages';
import { useSites } from '../api/queries';
import { visitsMessages } from '../i18n/messages';
import { ExpectedToday } from '../components/expected-today';
import { ON_SITE_HEADING_ID, OnSiteList } from '../components/on-site-list';
import { RecentCheckOuts } from '../components/recent-check-outs';
import { SiteFilter, useSiteFilter } from '../components/site-filter';

/** The security desk's home: who is on site, who is expected, and the way to check the next visitor in. */
export function DeskPage() {
  const sites = useSites();
  const filter = useSiteFilter();
  const t = useMessages(visitsMessages);
  return (
    <>
      <PageHeader
        title={t('desk.title')}
        actions={
          <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>
            <Button
              component={RouterLink}
              to="/visitors/check-in"
              variant="contained"
              startIcon={<PersonAddAlt1Outlined aria-hidden />}
            >
              {t('desk.checkIn')}
            </Button>
            <Button
              component={RouterLink}
              to="/visitors/roll-call"
              variant="outlined"
              startIcon={<PrintOutlined aria-hidden />}
            >
              {t('desk.rollCall')}
            </Button>
            <Button component={RouterLink} to="/visitors/history" startIcon={<HistoryOutlined aria-hidden />}>
              {t('desk.history')}
            </Button>
          </Box>
        }
      />
      {sites.isError ? (
        <QueryError error={sites.error} onRetry={() => void sites.refetch()} what={t('desk.whatSites')} />
      ) : (
        // The same margin while the sites load, so the lists below do not move when the filter arrives.
        <Box sx={{ mb: 2 }}>
          {sites.isPending ? (
            <LoadingBlock height={40} width={240} label={t('desk.loadingSites')} />
          ) : (
            <SiteFilter sites={sites.data} value={filter.value} onChange={filter.setValue} />
          )}
        </Box>
      )}
      <Grid container spacing={3}>
        <Grid size={{ xs: 12, xl: 8 }} component="section" aria-labelledby={ON_SITE_HEADING_ID}>
          <Typography
            id={ON_SITE_HEADING_ID}
            tabIndex={-1}
            variant="h5"
            component="h2"
            sx={{ mb: 1, outline: 'none' }}
          >
            {t('desk.onSiteNow')}
          </Typography>
          <OnSiteList siteId={filter.siteId} sites={sites.data ?? []} />
          <RecentCheckOuts siteId={filter.siteId} />
        </Grid>
        <Grid size={{ xs: 12, xl: 4 }} component="section" aria-labelledby="expected-heading">
          <Typography id="expected-heading" variant="h5" component="h2" sx={{ mb: 1 }}>
            {t('desk.expectedToday')}
          </Typography>
          <ExpectedToday siteId={filter.siteId} sites={sites.data ?? []} />
        </Grid>
      </Grid>
    </>
  );
}

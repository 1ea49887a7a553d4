import GlobalStyles from '@mui/material/GlobalStyles';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { LoadingBlock } from '@/shared/ui/loading-block';
import Typography from '@mui/material/Typography';
import PrintOutlined from '@mui/icons-material/PrintOutlined';
import { PageHeader } from '@/shared/ui/page-header';
import { QueryError } from '@/shared/ui/query-error';
import { useOnSite, useSites, type Visit } from '../api/queries';
import { formatDateTime, formatSince } from '@/shared/labels/format';
import { useMessages } from '@/shared/i18n/messages';
import { visitsMessages } from '../i18n/messages';

// Paper for an evacuation: black on white, one section per site starting on its own sheet, rows never split,
// the column headings repeated on every sheet, and margins that fit both A4 and Letter (`size: auto` lets the
// printer's paper decide).
const PRINT_CSS = {
  '@page': { size: 'auto', margin: '12mm' },
  '@media print': {
    'html, body': { background: '#fff !important', color: '#000 !important' },
    'main#main': { padding: '0 !important' },
    '.roll-call-section': { breakInside: 'auto' },
    '.roll-call-section + .roll-call-section': { breakBefore: 'page' },
    '.roll-call-scroll': { overflow: 'visible' },
    '.roll-call-table': { width: '100%', fontSize: '10.5pt' },
    '.roll-call-table thead': { display: 'table-header-group' },
    '.roll-call-table tr': { breakInside: 'avoid' },
    '.roll-call-table th, .roll-call-table td': {
      border: '1px solid #000 !important',
      color: '#000 !important',
    },
  },
};
const printStyles = <GlobalStyles styles={PRINT_CSS} />;

const DESK_PATH = '/visitors';

const cell = {
  border: '1px solid',
  borderColor: 'divider',
  px: 1,
  py: 0.5,
  textAlign: 'left',
  verticalAlign: 'top',
} as const;

/** Everyone still on site, per site, with host and badge, to print and take outside in an evacuation. */
export function RollCallPage() {
  const t = useMessages(visitsMessages);
  const onSite = useOnSite(undefined);
  const sites = useSites();
  const printedAt = onSite.data ? formatDateTime(onSite.data.asOf) : '';

  return (
    <>
      {printStyles}
      <PageHeader
        title={t('rollCall.title')}
        crumbs={[{ label: t('desk.title'), to: DESK_PATH }]}
        actions={
          <Box className="no-print" sx={{ display: 'flex', gap: 1 }}>
            <Button variant="outlined" onClick={() => void onSite.refetch()}>
              {t('rollCall.refresh')}
            </Button>
            <Button
              variant="contained"
              startIcon={<PrintOutlined aria-hidden />}
              onClick={() => window.print()}
            >
              {t('rollCall.print')}
            </Button>
          </Box>
        }
      />
      {onSite.isError || sites.isError ? (
        <QueryError
          error={onSite.error ?? sites.error}
          onRetry={() => void Promise.all([onSite.refetch(), sites.refetch()])}
          what={t('rollCall.what')}
        />
      ) : onSite.isPending || sites.isPending ? (
        <LoadingBlock height={240} label={t('rollCall.loading')} />
      ) : (
        <>
          <Typography sx={{ mb: 2 }}>
            {t('rollCall.total', { count: onSite.data.total, time: printedAt })}
          </Typography>
          {sites.data.map((site) => {
            const here: Visit[] = onSite.data.items.filter((visit) => visit.siteId === site.id);
            const headingId = `roll-call-${site.id}`;
            return (
              <Box
                component="section"
                key={site.id}
                className="roll-call-section"
                aria-labelledby={headingId}
                sx={{ mb: 4 }}
              >
                <Typography id={headingId} variant="h5" component="h2">
                  {site.name}
                </Typography>
                <Typography variant="body2" sx={{ mb: 1 }}>
                  {t('rollCall.site', { count: here.length, city: site.city, time: printedAt })}
                </Typography>
                {here.length === 0 ? (
                  <Typography>{t('rollCall.empty')}</Typography>
                ) : (
                  // On a phone the list scrolls sideways in its own box, by touch or from the keyboard;
                  // on paper it is the page's full width.
                  <Box
                    className="roll-call-scroll"
                    tabIndex={0}
                    role="group"
                    aria-labelledby={headingId}
                    sx={{ overflowX: 'auto' }}
                  >
                    <Box
                      component="table"
                      className="roll-call-table"
                      sx={{ borderCollapse: 'collapse', width: '100%' }}
                    >
                      <thead>
                        <tr>
                          <Box component="th" scope="col" sx={{ ...cell, width: '2.5em' }}>
                            {t('column.present')}
                          </Box>
                          <Box component="th" scope="col" sx={cell}>
                            {t('column.visitor')}
                          </Box>
                          <Box component="th" scope="col" sx={cell}>
                            {t('column.company')}
                          </Box>
                          <Box component="th" scope="col" sx={cell}>
                            {t('column.host')}
                          </Box>
                          <Box component="th" scope="col" sx={cell}>
                            {t('column.badge')}
                          </Box>
                          <Box component="th" scope="col" sx={cell}>
                            {t('column.inSince')}
                          </Box>
                        </tr>
                      </thead>
                      <tbody>
                        {here.map((visit) => (
                          <tr key={visit.id}>
                            <Box component="td" sx={cell}>
                              <Box
                                aria-hidden
                                sx={{ width: 14, height: 14, border: '1px solid currentColor' }}
                              />
                            </Box>
                            <Box component="th" scope="row" sx={{ ...cell, fontWeight: 600 }}>
                              {visit.afterClosing
                                ? t('rollCall.nameAfterClosing', { name: visit.name })
                                : visit.name}
                            </Box>
                            <Box component="td" sx={cell}>
                              {visit.company}
                            </Box>
                            <Box component="td" sx={cell}>
                              {visit.hostName}
                            </Box>
                            <Box component="td" sx={cell}>
                              {visit.badge}
                            </Box>
                            <Box component="td" sx={cell}>
                              {formatSince(visit.checkedInAt)}
                            </Box>
                          </tr>
                        ))}
                      </tbody>
                    </Box>
                  </Box>
                )}
              </Box>
            );
          })}
        </>
      )}
    </>
  );
}

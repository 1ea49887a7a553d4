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

// Paper for an evacuation: black on white, one section per site starting on its own sheet, rows never split,
// the column headings repeated on every sheet, and margins that fit both A4 and Letter (`size: auto` lets the
// printer's paper decide).
const printStyles = (
  <GlobalStyles
    styles={{
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
    }}
  />
);

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
  const onSite = useOnSite(undefined);
  const sites = useSites();
  const printedAt = onSite.data ? formatDateTime(onSite.data.asOf) : '';

  return (
    <>
      {printStyles}
      <PageHeader
        title="Roll call"
        crumbs={[{ label: 'Visitor log', to: '/visitors' }]}
        actions={
          <Box className="no-print" sx={{ display: 'flex', gap: 1 }}>
            <Button variant="outlined" onClick={() => void onSite.refetch()}>
              Refresh
            </Button>
            <Button
              variant="contained"
              startIcon={<PrintOutlined aria-hidden />}
              onClick={() => window.print()}
            >
              Print
            </Button>
          </Box>
        }
      />
      {onSite.isError || sites.isError ? (
        <QueryError
          error={onSite.error ?? sites.error}
          onRetry={() => void Promise.all([onSite.refetch(), sites.refetch()])}
          what="the roll call"
        />
      ) : onSite.isPending || sites.isPending ? (
        <LoadingBlock height={240} label="Loading the roll call" />
      ) : (
        <>
          <Typography sx={{ mb: 2 }}>
            {onSite.data.total} visitors on site as of {printedAt}.
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
                  {here.length} on site · {site.city} · as of {printedAt}
                </Typography>
                {here.length === 0 ? (
                  <Typography>No visitors on site.</Typography>
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
                            Present
                          </Box>
                          <Box component="th" scope="col" sx={cell}>
                            Visitor
                          </Box>
                          <Box component="th" scope="col" sx={cell}>
                            Company
                          </Box>
                          <Box component="th" scope="col" sx={cell}>
                            Host
                          </Box>
                          <Box component="th" scope="col" sx={cell}>
                            Badge
                          </Box>
                          <Box component="th" scope="col" sx={cell}>
                            In since
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
                              {visit.name}
                              {visit.afterClosing ? ' (after closing)' : ''}
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

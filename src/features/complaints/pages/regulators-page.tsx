import { Link as RouterLink } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useMessages } from '@/shared/i18n/messages';
import { formatDate } from '@/shared/labels/format';
import { PageHeader } from '@/shared/ui/page-header';
import { PageLoadState } from '@/shared/ui/page-load-state';
import { regulatorCaseloadQuery } from '../api/queries';
import { useRefetchOnLanguageChange } from '../api/use-refetch-on-language-change';
import { useListCrumbs } from '../components/complaint-crumbs';
import { complaintsMessages } from '../i18n/messages';
import { DeadlineStatusChip, NextDeadlineCell } from '../components/deadline-chips';
import { STATUS_LABELS } from '../model/labels';

/** Open escalations (and referrals) per regulator, the regulator with the soonest deadline first. */
export function RegulatorsPage() {
  const t = useMessages(complaintsMessages);
  const crumbs = useListCrumbs();
  const caseload = useQuery(regulatorCaseloadQuery);
  useRefetchOnLanguageChange();
  const title = t('regulators.title');
  if (!caseload.data)
    return <PageLoadState query={caseload} title={title} crumbs={crumbs} what={t('what.escalations')} />;
  return (
    <>
      <PageHeader title={title} crumbs={crumbs} />
      <Typography color="text.secondary" sx={{ mb: 2, maxWidth: 760 }}>
        {t('regulators.intro')}
      </Typography>
      {caseload.data.length === 0 ? (
        <Typography>{t('regulators.empty')}</Typography>
      ) : (
        <Stack spacing={3}>
          {caseload.data.map((regulator) => {
            const headingId = `regulator-${regulator.regulatorId}`;
            return (
              <Paper
                key={regulator.regulatorId}
                variant="outlined"
                component="section"
                aria-labelledby={headingId}
                sx={{ p: 2 }}
              >
                <Typography id={headingId} component="h2" variant="h6">
                  {regulator.regulatorName}
                </Typography>
                <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
                  {t('regulators.summary', {
                    open: regulator.open,
                    overdue: regulator.overdue,
                    hasNext: regulator.nextDeadline ? 'yes' : 'no',
                    next: formatDate(regulator.nextDeadline),
                  })}
                </Typography>
                {/* On a phone the cases scroll sideways in their own box, by touch or from the keyboard. */}
                <Box tabIndex={0} role="group" aria-labelledby={headingId} sx={{ overflowX: 'auto' }}>
                  <Table size="small" aria-labelledby={headingId}>
                    <TableHead>
                      <TableRow>
                        <TableCell scope="col">{t('regulators.column.complaint')}</TableCell>
                        <TableCell scope="col">{t('escalationField.regulatorReference')}</TableCell>
                        <TableCell scope="col">{t('field.status')}</TableCell>
                        <TableCell scope="col">{t('field.nextDeadline')}</TableCell>
                        <TableCell scope="col">{t('regulators.column.standing')}</TableCell>
                      </TableRow>
                    </TableHead>
                    <TableBody>
                      {regulator.cases.map((c) => (
                        <TableRow key={c.id}>
                          <TableCell component="th" scope="row">
                            <Link component={RouterLink} to={`/complaints/${c.id}`}>
                              {c.reference}
                            </Link>
                          </TableCell>
                          <TableCell>{c.regulatorReference ?? t('record.notGivenYet')}</TableCell>
                          <TableCell>{STATUS_LABELS[c.status]}</TableCell>
                          <TableCell>
                            <NextDeadlineCell deadline={c.nextDeadline} />
                          </TableCell>
                          <TableCell>
                            <DeadlineStatusChip status={c.deadlineStatus} />
                          </TableCell>
                        </TableRow>
                      ))}
                    </TableBody>
                  </Table>
                </Box>
              </Paper>
            );
          })}
        </Stack>
      )}
    </>
  );
}

// An audit pack as a report for an auditor or a regulator: what it covers, when and by whom it was made, the
// chain's verification over its range, the records touched and their history. It prints as it reads.
import { Link as RouterLink } from 'react-router';
import Alert from '@mui/material/Alert';
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
import { translateMessage, useMessages } from '@/shared/i18n/messages';
import { formatDate, formatDateTime, formatNumber } from '@/shared/labels/format';
import { valueLabel } from '@/shared/labels/record-labels';
import type { AuditPack } from '../api/audit-packs';
import { auditMessages } from '../i18n/messages';
import { recordPath } from '../model/audit-modules';
import { changeLines } from '../model/event-text';
import { AUDIT_LABELS } from '../model/labels';
import { VerificationResult } from './chain-verification';

function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <Paper variant="outlined" component="section" aria-labelledby={id} sx={{ p: 2 }} className="pack-section">
      <Typography id={id} variant="h6" component="h3" sx={{ mb: 1 }}>
        {title}
      </Typography>
      {children}
    </Paper>
  );
}

export function AuditPackReport({ pack }: { pack: AuditPack }) {
  const t = useMessages(auditMessages);
  const module = valueLabel(AUDIT_LABELS, 'module', pack.module);
  const period = { module, from: formatDate(pack.from), to: formatDate(pack.to) };
  const trailLink = `/audit?${new URLSearchParams({ module: pack.module, from: pack.from, to: pack.to }).toString()}`;
  const { records, events } = pack;
  const counts = {
    total: records.total,
    held: records.held,
    limit: records.limit,
    eventTotal: events.total,
    eventLimit: events.limit,
  };

  return (
    <Stack component="article" aria-labelledby="pack-title" spacing={2} sx={{ mt: 3 }}>
      <Box>
        <Typography id="pack-title" variant="h5" component="h2">
          {t('pack.reportTitle', period)}
        </Typography>
        <Typography>
          {t('pack.madeBy', { at: formatDateTime(pack.madeAt), name: pack.madeBy.name })}
        </Typography>
        <Typography color="text.secondary" variant="body2">
          {t('pack.covers')}
        </Typography>
      </Box>

      <VerificationResult verification={pack.verification} scope={t('pack.verifyScope', period)} />

      <Section id="pack-records" title={t('pack.recordsTitle')}>
        <Typography sx={{ mb: 1 }}>
          {records.total === 0 ? t('pack.recordsNone', counts) : t('pack.recordsCount', counts)}
        </Typography>
        {records.total > records.items.length && (
          <Alert severity="warning" sx={{ mb: 1 }}>
            {t('pack.recordsCapped', { shown: records.items.length, total: records.total })}
          </Alert>
        )}
        {records.items.length > 0 && (
          // Focusable, so a keyboard can scroll it sideways on a narrow screen.
          <Box sx={{ overflowX: 'auto' }} tabIndex={0} role="group" aria-label={t('pack.recordsTitle')}>
            <Table size="small" aria-label={t('pack.recordsTitle')}>
              <TableHead>
                <TableRow>
                  <TableCell scope="col">{t('pack.col.record')}</TableCell>
                  <TableCell scope="col">{t('pack.col.id')}</TableCell>
                  <TableCell scope="col" align="right">
                    {t('pack.col.events')}
                  </TableCell>
                  <TableCell scope="col">{t('pack.col.first')}</TableCell>
                  <TableCell scope="col">{t('pack.col.last')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {records.items.map((record) => {
                  const path = record.stored ? recordPath(record.entityType, record.entityId) : undefined;
                  const name = record.label ?? t('pack.gone');
                  return (
                    <TableRow key={record.entityId}>
                      <TableCell component="th" scope="row">
                        {path ? (
                          <Link component={RouterLink} to={path}>
                            {name}
                          </Link>
                        ) : (
                          name
                        )}
                      </TableCell>
                      <TableCell>{record.entityId}</TableCell>
                      <TableCell align="right">{formatNumber(record.events)}</TableCell>
                      <TableCell>{formatDateTime(record.firstAt)}</TableCell>
                      <TableCell>{formatDateTime(record.lastAt)}</TableCell>
                    </TableRow>
                  );
                })}
              </TableBody>
            </Table>
          </Box>
        )}
      </Section>

      <Section id="pack-history" title={t('pack.historyTitle')}>
        <Typography sx={{ mb: 1 }}>
          {events.total === 0 ? t('pack.historyNone') : t('pack.historyCount', counts)}
        </Typography>
        {events.total > events.items.length && (
          <Alert severity="warning" sx={{ mb: 1 }}>
            {t('pack.historyCapped', { shown: events.items.length, total: events.total })}{' '}
            <Link component={RouterLink} to={trailLink} className="no-print">
              {t('pack.historyRest')}
            </Link>
          </Alert>
        )}
        {events.items.length > 0 && (
          <Box sx={{ overflowX: 'auto' }} tabIndex={0} role="group" aria-label={t('pack.historyTitle')}>
            <Table size="small" aria-label={t('pack.historyTitle')}>
              <TableHead>
                <TableRow>
                  <TableCell scope="col">{t('field.at')}</TableCell>
                  <TableCell scope="col">{t('field.actor')}</TableCell>
                  <TableCell scope="col">{t('field.action')}</TableCell>
                  <TableCell scope="col">{t('field.record')}</TableCell>
                  <TableCell scope="col">{t('field.summary')}</TableCell>
                  <TableCell scope="col">{t('field.changes')}</TableCell>
                  <TableCell scope="col" align="right">
                    {t('field.seq')}
                  </TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {events.items.map((event) => {
                  const lines = changeLines(event);
                  return (
                    <TableRow key={event.id}>
                      <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatDateTime(event.at)}</TableCell>
                      <TableCell>{event.actor.name}</TableCell>
                      <TableCell>{valueLabel(AUDIT_LABELS, 'action', event.action)}</TableCell>
                      <TableCell>{event.entityId}</TableCell>
                      <TableCell>{translateMessage(event.summary)}</TableCell>
                      <TableCell>
                        {lines.length > 0 && (
                          <Box component="ul" sx={{ m: 0, pl: 2 }}>
                            {lines.map((line) => (
                              <li key={line}>{line}</li>
                            ))}
                          </Box>
                        )}
                      </TableCell>
                      <TableCell align="right">{formatNumber(event.seq ?? 0)}</TableCell>
                    </TableRow>
                  );
                })}
              </TableBody>
            </Table>
          </Box>
        )}
      </Section>
      <Typography variant="body2" color="text.secondary">
        {t('pack.footer', { at: formatDateTime(pack.madeAt), name: pack.madeBy.name })}
      </Typography>
    </Stack>
  );
}

import { useRef, useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Paper from '@mui/material/Paper';
import { LoadingBlock } from '@/shared/ui/loading-block';
import Snackbar from '@mui/material/Snackbar';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { describeError } from '@/shared/api/errors';
import { PaddingRow, useVirtualRows } from '@/shared/data-table/virtual-rows';
import { QueryError } from '@/shared/ui/query-error';
import { ToneChip } from '@/shared/ui/tone-chip';
import { useCheckOut, useUndoCheckOut } from '../api/mutations';
import { useOnSite, type Site, type Visit } from '../api/queries';
import { formatDuration, siteNamer, useNow } from './format';
import { formatSince, formatTime } from '@/shared/labels/format';
import { ActionsHeaderCell, STICKY_ACTIONS } from '@/shared/ui/actions-header-cell';
import { translateMessage, useMessages } from '@/shared/i18n/messages';
import { visitsMessages } from '../i18n/messages';
import { sharedMessages } from '@/shared/i18n/shared-messages';

/**
 * A small table row with an outlined button (a row error makes one taller; the window is an estimate). Over
 * `VIRTUALISE_OVER` people (an event, a busy site) the list is virtualised: some 40 rows in the DOM, scrolled
 * in a box of its own, still one table to assistive technology (aria-rowcount, aria-rowindex).
 */
const ROW_ESTIMATE = 45;

/** The desk page's heading over this list: where focus goes when the last visitor is checked out. */
export const ON_SITE_HEADING_ID = 'on-site-heading';

/** Everyone on site now with a count per site; "Check out" on each row, and a short-lived Undo after it. */
export function OnSiteList({ siteId, sites }: { siteId: string | undefined; sites: Site[] }) {
  const t = useMessages(visitsMessages);
  const onSite = useOnSite(siteId);
  const { scrollRef, virtual, indexes, paddingTop, paddingBottom } = useVirtualRows(
    onSite.data?.items.length ?? 0,
    ROW_ESTIMATE,
  );
  const checkOut = useCheckOut();
  const undo = useUndoCheckOut();
  const now = useNow();
  const siteName = siteNamer(sites);
  const [rowErrors, setRowErrors] = useState<Record<string, string>>({});
  // The check-out just made, with Undo; a failed Undo keeps the offer, with what went wrong (said in render,
  // so a language switch changes it too).
  const [lastOut, setLastOut] = useState<{ visit: Visit; error?: string } | null>(null);
  const [undoneName, setUndoneName] = useState<string | null>(null);
  const tableBox = useRef<HTMLDivElement | null>(null);

  /**
   * The row goes once the list refreshes: focus moves on to the next visitor's Check out (the previous one's
   * for the last row), or to the list's heading when nobody is left, never to the page's body.
   */
  const focusAfterCheckOut = (visit: Visit) => {
    const shown = onSite.data?.items ?? [];
    const index = shown.findIndex((item) => item.id === visit.id);
    const next = shown[index + 1] ?? shown[index - 1];
    const button = next
      ? tableBox.current?.querySelector<HTMLElement>(`[data-check-out="${next.id}"]`)
      : undefined;
    if (button) button.focus();
    else document.getElementById(ON_SITE_HEADING_ID)?.focus();
  };

  const doCheckOut = (visit: Visit) => {
    setRowErrors(({ [visit.id]: _gone, ...rest }) => rest);
    checkOut.mutate(visit.id, {
      onSuccess: (updated) => {
        setLastOut({ visit: updated });
        focusAfterCheckOut(visit);
      },
      onError: (error) => setRowErrors((current) => ({ ...current, [visit.id]: describeError(error) })),
    });
  };

  const doUndo = (visit: Visit) => {
    setLastOut(null);
    // The snackbar (and its Undo) goes: focus waits at the list's heading, where the visitor comes back.
    document.getElementById(ON_SITE_HEADING_ID)?.focus();
    undo.mutate(visit.id, {
      onSuccess: () => setUndoneName(visit.name),
      onError: (error) => setLastOut({ visit, error: describeError(error) }),
    });
  };

  if (onSite.isPending) return <LoadingBlock height={160} label={t('onSite.loading')} />;
  // A failed refresh keeps the list (and the Undo just offered) under the error.
  const refreshError = onSite.isError && (
    <QueryError error={onSite.error} onRetry={() => void onSite.refetch()} what={t('onSite.what')} />
  );
  if (!onSite.data) return refreshError;

  const { items, counts } = onSite.data;
  // A refused check-out refreshes the list; if the visitor has gone from it, the message stays above the table.
  const present = new Set(items.map((visit) => visit.id));
  const orphanErrors = Object.entries(rowErrors).filter(([id]) => !present.has(id));
  const shownCounts = siteId ? counts.filter((count) => count.siteId === siteId) : counts;
  const showSite = !siteId;
  const columnCount = showSite ? 8 : 7;
  const shownRows = indexes.map((index) => ({ visit: items[index]!, index }));

  return (
    <Box ref={tableBox}>
      {refreshError}
      <Box
        component="ul"
        aria-label={t('onSite.countsLabel')}
        sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, listStyle: 'none', p: 0, m: 0, mb: 2 }}
      >
        {shownCounts.map((count) => (
          <li key={count.siteId}>
            <Chip
              variant={count.afterClosing ? 'filled' : 'outlined'}
              color={count.afterClosing ? 'warning' : 'default'}
              // Black on the warning orange: white on it falls short of WCAG AA contrast.
              sx={count.afterClosing ? { color: 'common.black' } : undefined}
              label={t('onSite.count', {
                site: siteName(count.siteId),
                count: count.count,
                afterClosing: count.afterClosing,
              })}
            />
          </li>
        ))}
      </Box>
      {orphanErrors.map(([id, message]) => (
        <Alert
          key={id}
          severity="error"
          role="alert"
          sx={{ mb: 1 }}
          onClose={() => setRowErrors(({ [id]: _gone, ...rest }) => rest)}
          closeText={sharedMessages.t('action.close')}
        >
          {translateMessage(message)}
        </Alert>
      ))}
      {items.length === 0 ? (
        <Typography color="text.secondary">{t('onSite.empty')}</Typography>
      ) : (
        <TableContainer
          ref={scrollRef}
          component={Paper}
          variant="outlined"
          sx={virtual ? { maxHeight: '70vh' } : undefined}
        >
          <Table
            size="small"
            stickyHeader={virtual}
            aria-label={t('onSite.tableLabel')}
            aria-rowcount={virtual ? items.length + 1 : undefined}
          >
            <TableHead>
              <TableRow aria-rowindex={virtual ? 1 : undefined}>
                <TableCell scope="col">{t('column.visitor')}</TableCell>
                <TableCell scope="col">{t('column.company')}</TableCell>
                <TableCell scope="col">{t('column.host')}</TableCell>
                <TableCell scope="col">{t('column.badge')}</TableCell>
                {showSite && <TableCell scope="col">{t('column.site')}</TableCell>}
                <TableCell scope="col">{t('column.timeIn')}</TableCell>
                <TableCell scope="col">{t('column.onSiteFor')}</TableCell>
                <ActionsHeaderCell sticky />
              </TableRow>
            </TableHead>
            <TableBody>
              <PaddingRow height={paddingTop} colSpan={columnCount} />
              {shownRows.map(({ visit, index }) => (
                <TableRow key={visit.id} hover aria-rowindex={virtual ? index + 2 : undefined}>
                  <TableCell component="th" scope="row">
                    {visit.name}
                    {visit.afterClosing && (
                      <span style={{ marginLeft: 8 }}>
                        <ToneChip tone="warning" icon label={t('onSite.afterClosing')} />
                      </span>
                    )}
                    {rowErrors[visit.id] && (
                      <Alert severity="error" role="alert" sx={{ mt: 1, py: 0 }}>
                        {translateMessage(rowErrors[visit.id])}
                      </Alert>
                    )}
                  </TableCell>
                  <TableCell>{visit.company}</TableCell>
                  <TableCell>{visit.hostName}</TableCell>
                  <TableCell>{visit.badge}</TableCell>
                  {showSite && <TableCell>{siteName(visit.siteId)}</TableCell>}
                  <TableCell>{formatSince(visit.checkedInAt)}</TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>
                    {formatDuration(visit.checkedInAt, now)}
                  </TableCell>
                  <TableCell align="right" sx={STICKY_ACTIONS}>
                    <Button
                      size="small"
                      variant="outlined"
                      sx={{ whiteSpace: 'nowrap' }}
                      onClick={() => doCheckOut(visit)}
                      data-check-out={visit.id}
                      disabled={checkOut.isPending && checkOut.variables === visit.id}
                      aria-label={t('onSite.checkOutLabel', { name: visit.name, badge: visit.badge })}
                    >
                      {t('onSite.checkOut')}
                    </Button>
                  </TableCell>
                </TableRow>
              ))}
              <PaddingRow height={paddingBottom} colSpan={columnCount} />
            </TableBody>
          </Table>
        </TableContainer>
      )}
      <Snackbar
        open={lastOut !== null}
        onClose={(_event, reason) => {
          if (reason !== 'clickaway') setLastOut(null);
        }}
        autoHideDuration={lastOut?.error ? null : 15_000}
        message={
          lastOut
            ? lastOut.error
              ? t('onSite.undoFailed', {
                  name: lastOut.visit.name,
                  reason: translateMessage(lastOut.error),
                })
              : t('onSite.checkedOut', {
                  name: lastOut.visit.name,
                  time: formatTime(lastOut.visit.checkedOutAt!),
                })
            : ''
        }
        action={
          lastOut && (
            <Button color="inherit" size="small" onClick={() => doUndo(lastOut.visit)}>
              {lastOut.error ? t('onSite.tryUndoAgain') : t('onSite.undo')}
            </Button>
          )
        }
      />
      <Snackbar
        open={undoneName !== null}
        onClose={() => setUndoneName(null)}
        autoHideDuration={6000}
        message={undoneName === null ? '' : t('onSite.onSiteAgain', { name: undoneName })}
      />
    </Box>
  );
}

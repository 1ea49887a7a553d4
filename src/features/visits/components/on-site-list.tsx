import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Paper from '@mui/material/Paper';
import Skeleton from '@mui/material/Skeleton';
import Snackbar from '@mui/material/Snackbar';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import WarningAmberOutlined from '@mui/icons-material/WarningAmberOutlined';
import { describeError } from '@/shared/api/errors';
import { QueryError } from '@/shared/ui/query-error';
import { visuallyHidden } from '@/shared/ui/visually-hidden';
import { useCheckOut, useUndoCheckOut } from '../api/mutations';
import { useOnSite, type Site, type Visit } from '../api/queries';
import { formatDuration, formatSince, formatTime, siteNamer, useNow } from './format';

/** Everyone on site now with a count per site; "Check out" on each row, and a short-lived Undo after it. */
export function OnSiteList({ siteId, sites }: { siteId: string | undefined; sites: Site[] }) {
  const onSite = useOnSite(siteId);
  const checkOut = useCheckOut();
  const undo = useUndoCheckOut();
  const now = useNow();
  const siteName = siteNamer(sites);
  const [rowErrors, setRowErrors] = useState<Record<string, string>>({});
  const [lastOut, setLastOut] = useState<Visit | null>(null);
  const [undoMessage, setUndoMessage] = useState<string | null>(null);

  const doCheckOut = (visit: Visit) => {
    setRowErrors(({ [visit.id]: _gone, ...rest }) => rest);
    checkOut.mutate(visit.id, {
      onSuccess: (updated) => setLastOut(updated),
      onError: (error) => setRowErrors((current) => ({ ...current, [visit.id]: describeError(error) })),
    });
  };

  const doUndo = (visit: Visit) => {
    setLastOut(null);
    undo.mutate(visit.id, {
      onSuccess: () => setUndoMessage(`${visit.name} is on site again.`),
      onError: (error) => setUndoMessage(`Could not undo the check-out. ${describeError(error)}`),
    });
  };

  if (onSite.isPending)
    return <Skeleton variant="rounded" height={160} aria-label="Loading who is on site" />;
  if (onSite.isError)
    return <QueryError error={onSite.error} onRetry={() => void onSite.refetch()} what="who is on site" />;

  const { items, counts } = onSite.data;
  // A refused check-out refreshes the list; if the visitor has gone from it, the message stays above the table.
  const present = new Set(items.map((visit) => visit.id));
  const orphanErrors = Object.entries(rowErrors).filter(([id]) => !present.has(id));
  const shownCounts = siteId ? counts.filter((count) => count.siteId === siteId) : counts;
  const showSite = !siteId;

  return (
    <Box>
      <Box
        component="ul"
        aria-label="Visitors on site per site"
        sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, listStyle: 'none', p: 0, m: 0, mb: 2 }}
      >
        {shownCounts.map((count) => (
          <li key={count.siteId}>
            <Chip
              variant={count.afterClosing ? 'filled' : 'outlined'}
              color={count.afterClosing ? 'warning' : 'default'}
              // Black on the warning orange: white on it falls short of WCAG AA contrast.
              sx={count.afterClosing ? { color: 'common.black' } : undefined}
              label={`${siteName(count.siteId)}: ${count.count} on site${count.afterClosing ? `, ${count.afterClosing} after closing` : ''}`}
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
        >
          {message}
        </Alert>
      ))}
      {items.length === 0 ? (
        <Typography color="text.secondary">No visitors are on site.</Typography>
      ) : (
        <TableContainer component={Paper} variant="outlined">
          <Table size="small" aria-label="Visitors on site now">
            <TableHead>
              <TableRow>
                <TableCell scope="col">Visitor</TableCell>
                <TableCell scope="col">Company</TableCell>
                <TableCell scope="col">Host</TableCell>
                <TableCell scope="col">Badge</TableCell>
                {showSite && <TableCell scope="col">Site</TableCell>}
                <TableCell scope="col">Time in</TableCell>
                <TableCell scope="col">On site for</TableCell>
                <TableCell scope="col">
                  <Box component="span" sx={visuallyHidden}>
                    Actions
                  </Box>
                </TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {items.map((visit) => (
                <TableRow key={visit.id} hover>
                  <TableCell component="th" scope="row">
                    {visit.name}
                    {visit.afterClosing && (
                      <Chip
                        size="small"
                        color="warning"
                        icon={<WarningAmberOutlined aria-hidden />}
                        label="After closing"
                        sx={{ ml: 1, color: 'common.black', '& .MuiChip-icon': { color: 'inherit' } }}
                      />
                    )}
                    {rowErrors[visit.id] && (
                      <Alert severity="error" role="alert" sx={{ mt: 1, py: 0 }}>
                        {rowErrors[visit.id]}
                      </Alert>
                    )}
                  </TableCell>
                  <TableCell>{visit.company}</TableCell>
                  <TableCell>{visit.hostName}</TableCell>
                  <TableCell>{visit.badge}</TableCell>
                  {showSite && <TableCell>{siteName(visit.siteId)}</TableCell>}
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatSince(visit.checkedInAt)}</TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>
                    {formatDuration(visit.checkedInAt, now)}
                  </TableCell>
                  <TableCell align="right">
                    <Button
                      size="small"
                      variant="outlined"
                      onClick={() => doCheckOut(visit)}
                      disabled={checkOut.isPending && checkOut.variables === visit.id}
                      aria-label={`Check out ${visit.name}, badge ${visit.badge}`}
                    >
                      Check out
                    </Button>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      )}
      <Snackbar
        open={lastOut !== null}
        onClose={(_event, reason) => {
          if (reason !== 'clickaway') setLastOut(null);
        }}
        autoHideDuration={15_000}
        message={lastOut ? `${lastOut.name} checked out at ${formatTime(lastOut.checkedOutAt!)}.` : ''}
        action={
          lastOut && (
            <Button color="inherit" size="small" onClick={() => doUndo(lastOut)}>
              Undo
            </Button>
          )
        }
      />
      <Snackbar
        open={undoMessage !== null}
        onClose={() => setUndoMessage(null)}
        autoHideDuration={6000}
        message={undoMessage ?? ''}
      />
    </Box>
  );
}

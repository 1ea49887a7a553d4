import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { fieldLabel, NO_LABELS, valueLabel, type RecordLabels } from '@/shared/labels/record-labels';
import { useMessages } from '@/shared/i18n/messages';
import { sharedMessages } from '@/shared/i18n/shared-messages';
import type { ConflictSummary } from './conflict';

export interface ConflictDialogProps {
  open: boolean;
  summary: ConflictSummary | null;
  /** The record's labels: fields and values read as the form and the record page show them. */
  labels?: RecordLabels;
  onReapply: () => void;
  onDiscard: () => void;
}

/**
 * Someone saved the record after the user opened it. Show both sides field by field and let the user decide.
 * Either way the form must move to the new version, so Escape (like every dialog's) answers too: it reapplies,
 * the choice that loses nothing typed, and the form says so.
 */
export function ConflictDialog({
  open,
  summary,
  labels = NO_LABELS,
  onReapply,
  onDiscard,
}: ConflictDialogProps) {
  const t = useMessages(sharedMessages);
  if (!summary) return null;
  const label = (field: string) => fieldLabel(labels, field);
  const show = (field: string, value: unknown) => valueLabel(labels, field, value);
  const rows = [...new Set([...summary.theirFields, ...summary.myFields])];
  return (
    <Dialog
      open={open}
      onClose={(_event, reason) => {
        if (reason === 'escapeKeyDown') onReapply();
      }}
      aria-labelledby="conflict-title"
      aria-describedby="conflict-description"
      maxWidth="md"
      fullWidth
    >
      <DialogTitle id="conflict-title">{t('conflict.title')}</DialogTitle>
      <DialogContent>
        <DialogContentText id="conflict-description" sx={{ mb: 2 }}>
          {t('conflict.description')}
          {summary.clashing.length > 0 && ' '}
          {summary.clashing.length > 0 &&
            t('conflict.clashing', { fields: summary.clashing.map(label).join(', ') })}
        </DialogContentText>
        {rows.length === 0 ? (
          <Typography>{t('conflict.nothingEditable')}</Typography>
        ) : (
          // Four columns that share the dialog's width and wrap: on a phone "Your change" stays in view,
          // and nothing needs a sideways scroll.
          <Table
            size="small"
            aria-label={t('conflict.table')}
            sx={{ tableLayout: 'fixed', '& th, & td': { overflowWrap: 'anywhere', px: 1 } }}
          >
            <TableHead>
              <TableRow>
                <TableCell scope="col">{t('conflict.column.field')}</TableCell>
                <TableCell scope="col">{t('conflict.column.base')}</TableCell>
                <TableCell scope="col">{t('conflict.column.theirs')}</TableCell>
                <TableCell scope="col">{t('conflict.column.mine')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {rows.map((field) => {
                const theirs = summary.theirFields.includes(field);
                const mine = summary.myFields.includes(field);
                return (
                  <TableRow key={field}>
                    <TableCell component="th" scope="row">
                      {label(field)}
                    </TableCell>
                    <TableCell>{show(field, summary.base[field])}</TableCell>
                    <TableCell>
                      {theirs ? show(field, summary.current[field]) : t('conflict.unchanged')}
                    </TableCell>
                    <TableCell>{mine ? show(field, summary.mine[field]) : t('conflict.unchanged')}</TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onDiscard}>{t('conflict.discard')}</Button>
        <Button onClick={onReapply} variant="contained">
          {t('conflict.reapply')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}

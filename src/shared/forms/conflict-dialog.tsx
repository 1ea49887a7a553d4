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
      <DialogTitle id="conflict-title">Someone else changed this record</DialogTitle>
      <DialogContent>
        <DialogContentText id="conflict-description" sx={{ mb: 2 }}>
          It was saved by someone else after you opened it, so your changes were not saved.
          {summary.clashing.length > 0 &&
            ` You both changed ${summary.clashing.map(label).join(', ')}; reapplying keeps your value there.`}
        </DialogContentText>
        {rows.length === 0 ? (
          <Typography>No field you can edit here was changed; only the record's version moved on.</Typography>
        ) : (
          // Four columns that share the dialog's width and wrap: on a phone "Your change" stays in view,
          // and nothing needs a sideways scroll.
          <Table
            size="small"
            aria-label="Changes to this record"
            sx={{ tableLayout: 'fixed', '& th, & td': { overflowWrap: 'anywhere', px: 1 } }}
          >
            <TableHead>
              <TableRow>
                <TableCell scope="col">Field</TableCell>
                <TableCell scope="col">When you opened it</TableCell>
                <TableCell scope="col">Now (their change)</TableCell>
                <TableCell scope="col">Your change</TableCell>
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
                    <TableCell>{theirs ? show(field, summary.current[field]) : 'unchanged'}</TableCell>
                    <TableCell>{mine ? show(field, summary.mine[field]) : 'unchanged'}</TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onDiscard}>Discard my changes</Button>
        <Button onClick={onReapply} variant="contained">
          Reapply my changes
        </Button>
      </DialogActions>
    </Dialog>
  );
}

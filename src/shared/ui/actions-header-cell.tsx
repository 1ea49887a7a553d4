import TableCell from '@mui/material/TableCell';
import { visuallyHidden } from './visually-hidden';

/**
 * The heading of a column of row buttons: named for screen readers only. Inside a TableContainer, which the
 * theme makes the hidden name's containing block (see theme.ts), so it cannot widen a phone's page.
 */
export function ActionsHeaderCell() {
  return (
    <TableCell scope="col">
      <span style={visuallyHidden}>Actions</span>
    </TableCell>
  );
}

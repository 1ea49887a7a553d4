import TableCell from '@mui/material/TableCell';
import { visuallyHidden } from './visually-hidden';
import { useMessages } from '@/shared/i18n/messages';
import { sharedMessages } from '@/shared/i18n/shared-messages';

/**
 * The heading of a column of row buttons: named for screen readers only. Inside a TableContainer, which the
 * theme makes the hidden name's containing block (see theme.ts), so it cannot widen a phone's page.
 */
export function ActionsHeaderCell() {
  const t = useMessages(sharedMessages);
  return (
    <TableCell scope="col">
      <span style={visuallyHidden}>{t('table.actions')}</span>
    </TableCell>
  );
}

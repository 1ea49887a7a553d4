import TableCell from '@mui/material/TableCell';
import { visuallyHidden } from './visually-hidden';
import { useMessages } from '@/shared/i18n/messages';
import { sharedMessages } from '@/shared/i18n/shared-messages';

/**
 * The heading of a column of row buttons: named for screen readers only. Inside a TableContainer, which the
 * theme makes the hidden name's containing block (see theme.ts), so it cannot widen a phone's page.
 */
export function ActionsHeaderCell({ sticky = false }: { sticky?: boolean }) {
  const t = useMessages(sharedMessages);
  return (
    <TableCell scope="col" sx={sticky ? { ...STICKY_ACTIONS, zIndex: 3 } : undefined}>
      <span style={visuallyHidden}>{t('table.actions')}</span>
    </TableCell>
  );
}

/**
 * A row's actions kept in sight at the right edge while a table wider than the screen scrolls inside its box: on
 * a phone the desk checks a visitor out without scrolling sideways first.
 */
export const STICKY_ACTIONS = {
  position: 'sticky',
  right: 0,
  bgcolor: 'background.paper',
  // A line where the columns scrolling under it disappear.
  borderLeft: 1,
  borderLeftColor: 'divider',
  zIndex: 1,
} as const;

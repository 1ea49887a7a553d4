import type { ReactNode } from 'react';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { visuallyHidden } from '@/shared/ui/visually-hidden';
import { translateMessage, useMessages } from '@/shared/i18n/messages';
import { sharedMessages } from '@/shared/i18n/shared-messages';

/**
 * A list's first load: plain cells with one shared pulse, like the rows. A grid of MUI Skeletons was some 250
 * components to render and style on every first load of a list.
 */
export function SkeletonRows({ rows, columns, label }: { rows: number; columns: number; label: string }) {
  const t = useMessages(sharedMessages);
  return (
    <>
      {Array.from({ length: rows }, (_, index) => (
        <tr key={`skeleton-${index}`} className="data-table-row" aria-hidden="true">
          {Array.from({ length: columns }, (_, cell) => (
            <td key={cell} className="data-table-cell">
              <span className="data-table-skeleton" />
            </td>
          ))}
        </tr>
      ))}
      <tr style={visuallyHidden}>
        <td colSpan={columns}>{t('loading.whatEllipsis', { what: label })}</td>
      </tr>
    </>
  );
}

/** A list with nothing to show: the feature's message and, if it gives one, an action. */
export function EmptyRow({
  columns,
  message,
  action,
}: {
  columns: number;
  message?: string;
  action?: ReactNode;
}) {
  const t = useMessages(sharedMessages);
  return (
    <TableRow>
      <TableCell colSpan={columns} sx={{ py: 6, textAlign: 'center' }}>
        <Typography sx={{ mb: action ? 2 : 0 }}>
          {message ? translateMessage(message) : t('table.empty')}
        </Typography>
        {action}
      </TableCell>
    </TableRow>
  );
}

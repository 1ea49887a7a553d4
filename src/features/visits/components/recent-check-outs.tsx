import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Typography from '@mui/material/Typography';
import { describeError } from '@/shared/api/errors';
import { useUndoCheckOut } from '../api/mutations';
import { useVisitHistory } from '../api/queries';
import { formatTime } from '@/shared/labels/format';
import { useNow } from './format';
import { ON_SITE_HEADING_ID } from './on-site-list';
import { translateMessage, useMessages } from '@/shared/i18n/messages';
import { UNDO_WINDOW_MS } from '../model/rules';
import { visitsMessages } from '../i18n/messages';

/** Check-outs of the last few minutes, each with Undo while the server still allows it. */
export function RecentCheckOuts({ siteId }: { siteId: string | undefined }) {
  const t = useMessages(visitsMessages);
  const now = useNow(15_000);
  const recent = useVisitHistory({
    page: 1,
    pageSize: 10,
    sort: '-checkedOutAt',
    status: 'checked_out',
    siteId,
  });
  const undo = useUndoCheckOut();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const undoable = (recent.data?.items ?? []).filter(
    (visit) => visit.undoableUntil && Date.parse(visit.undoableUntil) > now,
  );
  if (undoable.length === 0) return null;
  return (
    <Box component="section" aria-labelledby="recent-check-outs" sx={{ mt: 3 }}>
      <Typography id="recent-check-outs" variant="h6" component="h2">
        {t('recent.heading')}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {t('recent.hint', { minutes: UNDO_WINDOW_MS / 60_000 })}
      </Typography>
      <List dense>
        {undoable.map((visit) => (
          <ListItem
            key={visit.id}
            secondaryAction={
              <Button
                size="small"
                onClick={() =>
                  undo.mutate(visit.id, {
                    // This entry goes: focus moves to the list the visitor is back in.
                    onSuccess: () => document.getElementById(ON_SITE_HEADING_ID)?.focus(),
                    onError: (error) =>
                      setErrors((current) => ({ ...current, [visit.id]: describeError(error) })),
                  })
                }
                disabled={undo.isPending && undo.variables === visit.id}
                aria-label={t('recent.undoLabel', { name: visit.name })}
              >
                {t('recent.undo')}
              </Button>
            }
          >
            <ListItemText
              primary={t('recent.entry', { name: visit.name, badge: visit.badge })}
              secondary={
                <>
                  {t('recent.checkedOutAt', { time: formatTime(visit.checkedOutAt!) })}
                  {errors[visit.id] && (
                    <Alert
                      component="span"
                      severity="error"
                      role="alert"
                      sx={{ mt: 0.5, py: 0, display: 'flex' }}
                    >
                      {translateMessage(errors[visit.id])}
                    </Alert>
                  )}
                </>
              }
            />
          </ListItem>
        ))}
      </List>
    </Box>
  );
}

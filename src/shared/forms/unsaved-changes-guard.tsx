import { useCallback } from 'react';
import { useBeforeUnload, useBlocker } from 'react-router';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { useMessages } from '@/shared/i18n/messages';
import { sharedMessages } from '@/shared/i18n/shared-messages';

export interface UnsavedChangesGuardProps {
  /** Read at the moment of navigation, so a save that just finished is never blocked. */
  shouldBlock: () => boolean;
  /** The user chose to leave: forget the draft before going. */
  onDiscard?: () => void;
}

/**
 * Asks before an in-app navigation (links, back button) and lets the browser ask before a reload or closing the
 * tab. Render it only while there is something to lose: a router honours one blocker at a time, so a page with a
 * clean filter form and a dirty edit form must register the edit form's guard only.
 */
export function UnsavedChangesGuard({ shouldBlock, onDiscard }: UnsavedChangesGuardProps) {
  const t = useMessages(sharedMessages);
  const blocker = useBlocker(
    useCallback(
      ({ currentLocation, nextLocation }) =>
        shouldBlock() &&
        (currentLocation.pathname !== nextLocation.pathname ||
          currentLocation.search !== nextLocation.search),
      [shouldBlock],
    ),
  );
  useBeforeUnload(
    useCallback(
      (event: BeforeUnloadEvent) => {
        if (shouldBlock()) event.preventDefault();
      },
      [shouldBlock],
    ),
  );

  return (
    <Dialog
      open={blocker.state === 'blocked'}
      // Escape (or a click outside) is "Stay on this page": the safe answer, and what the person keeps.
      onClose={() => blocker.reset?.()}
      aria-labelledby="unsaved-title"
      aria-describedby="unsaved-description"
    >
      <DialogTitle id="unsaved-title">{t('unsaved.title')}</DialogTitle>
      <DialogContent>
        <DialogContentText id="unsaved-description">{t('unsaved.text')}</DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button
          onClick={() => {
            onDiscard?.();
            blocker.proceed?.();
          }}
        >
          {t('unsaved.leave')}
        </Button>
        <Button variant="contained" onClick={() => blocker.reset?.()} autoFocus>
          {t('unsaved.stay')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}

import { useCallback } from 'react';
import { useBeforeUnload, useBlocker } from 'react-router';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';

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
      <DialogTitle id="unsaved-title">Leave without saving?</DialogTitle>
      <DialogContent>
        <DialogContentText id="unsaved-description">
          You have changes on this page that are not saved. If you leave, they are lost.
        </DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button
          onClick={() => {
            onDiscard?.();
            blocker.proceed?.();
          }}
        >
          Discard changes and leave
        </Button>
        <Button variant="contained" onClick={() => blocker.reset?.()} autoFocus>
          Stay on this page
        </Button>
      </DialogActions>
    </Dialog>
  );
}

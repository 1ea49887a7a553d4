import { useEffect, useRef, useState } from 'react';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { useMessages } from '@/shared/i18n/messages';
import { appMessages } from '../i18n/messages';

const WARNING_SECONDS = 60;
const ACTIVITY_EVENTS = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;

/**
 * Signs an unattended console out after the session's idle timeout, with a minute's warning that lets the
 * person stay. Activity in any form resets the clock; the backend has its own sliding timeout as well.
 */
export function IdleTimeout({
  timeoutMinutes,
  onStay,
  onExpire,
}: {
  timeoutMinutes: number;
  onStay: () => void;
  onExpire: () => void;
}) {
  const [secondsLeft, setSecondsLeft] = useState<number | null>(null);
  const lastActivity = useRef(0);
  // The parent passes a new callback each render; the clock must not restart because of it.
  const expireRef = useRef(onExpire);
  useEffect(() => {
    expireRef.current = onExpire;
  });
  const warning = secondsLeft !== null;

  useEffect(() => {
    lastActivity.current = Date.now();
    // While the warning shows, only the dialog's own buttons count: a stray key must not dismiss it.
    const warningRef = { current: false };
    const markActive = () => {
      if (!warningRef.current) lastActivity.current = Date.now();
    };
    ACTIVITY_EVENTS.forEach((name) =>
      window.addEventListener(name, markActive, { passive: true, capture: true }),
    );
    const timer = window.setInterval(() => {
      const idleMs = Date.now() - lastActivity.current;
      const leftMs = timeoutMinutes * 60_000 - idleMs;
      if (leftMs <= 0) {
        window.clearInterval(timer);
        expireRef.current();
      } else if (leftMs <= WARNING_SECONDS * 1000) {
        warningRef.current = true;
        setSecondsLeft(Math.ceil(leftMs / 1000));
      } else {
        warningRef.current = false;
        setSecondsLeft(null);
      }
    }, 1000);
    return () => {
      window.clearInterval(timer);
      ACTIVITY_EVENTS.forEach((name) => window.removeEventListener(name, markActive, { capture: true }));
    };
  }, [timeoutMinutes]);

  const t = useMessages(appMessages);
  const stay = () => {
    lastActivity.current = Date.now();
    setSecondsLeft(null);
    onStay();
  };

  return (
    <Dialog open={warning} onClose={stay} aria-labelledby="idle-title" aria-describedby="idle-text">
      <DialogTitle id="idle-title">{t('idle.title')}</DialogTitle>
      <DialogContent>
        <DialogContentText id="idle-text">{t('idle.text', { seconds: secondsLeft ?? 0 })}</DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button onClick={onExpire}>{t('idle.signOutNow')}</Button>
        <Button variant="contained" onClick={stay} autoFocus>
          {t('idle.stay')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}

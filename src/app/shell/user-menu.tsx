import { useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import Avatar from '@mui/material/Avatar';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import Divider from '@mui/material/Divider';
import IconButton from '@mui/material/IconButton';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import ListSubheader from '@mui/material/ListSubheader';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import { useColorScheme } from '@mui/material/styles';
import Check from '@mui/icons-material/Check';
import Logout from '@mui/icons-material/Logout';
import RestartAlt from '@mui/icons-material/RestartAlt';
import { ROLE_LABELS } from '@/shared/auth/permissions';
import type { User } from '@/shared/auth/session';
import { LANGUAGES, LOCALES } from '@/shared/i18n/language';
import { translateMessage, useLocale, useMessages } from '@/shared/i18n/messages';
import { useChangeLanguage } from '@/shared/i18n/use-change-language';
import { getMockControls } from '@/shared/mock-controls';
import { appMessages } from '../i18n/messages';

const MODES = ['system', 'light', 'dark'] as const;

function initials(name: string) {
  return name
    .split(/\s+/)
    .map((part) => part[0])
    .slice(0, 2)
    .join('');
}

export function UserMenu({ user, onSignOut }: { user: User; onSignOut: () => void }) {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [confirmReset, setConfirmReset] = useState(false);
  const [resetting, setResetting] = useState(false);
  const menuButton = useRef<HTMLButtonElement>(null);
  const { mode, setMode } = useColorScheme();
  const t = useMessages(appMessages);
  const locale = useLocale();
  const changeLanguage = useChangeLanguage();
  const queryClient = useQueryClient();
  const mock = getMockControls();
  const close = () => setAnchor(null);
  const closeReset = () => setConfirmReset(false);

  return (
    <>
      <IconButton
        ref={menuButton}
        color="inherit"
        aria-label={t('userMenu.button', { name: user.name })}
        aria-haspopup="menu"
        aria-expanded={anchor ? 'true' : undefined}
        onClick={(event) => setAnchor(event.currentTarget)}
      >
        <Avatar sx={{ width: 32, height: 32, fontSize: 14, bgcolor: 'secondary.main' }}>
          {initials(user.name)}
        </Avatar>
      </IconButton>
      <Menu anchorEl={anchor} open={!!anchor} onClose={close}>
        {/* Not a list item (a menu holds menu items only): text at the head of the menu, for everyone. */}
        <ListSubheader role="none" sx={{ lineHeight: 1.4, py: 1 }}>
          <strong>{user.name}</strong>
          <br />
          {user.roles.map((role) => translateMessage(ROLE_LABELS[role])).join(', ')}
        </ListSubheader>
        <Divider />
        {MODES.map((option) => (
          <MenuItem key={option} selected={mode === option} onClick={() => setMode(option)}>
            <ListItemIcon>{mode === option && <Check fontSize="small" />}</ListItemIcon>
            <ListItemText>{t(`userMenu.theme.${option}`)}</ListItemText>
          </MenuItem>
        ))}
        <Divider />
        {/* Each language named in itself, so a person who does not read the current one still finds theirs. */}
        {LANGUAGES.map((language) => (
          <MenuItem
            key={language}
            lang={LOCALES[language]}
            selected={locale === LOCALES[language]}
            onClick={() => void changeLanguage(language)}
          >
            <ListItemIcon>{locale === LOCALES[language] && <Check fontSize="small" />}</ListItemIcon>
            <ListItemText>{t(`language.${language}`)}</ListItemText>
          </MenuItem>
        ))}
        <Divider />
        {mock && (
          <MenuItem
            onClick={() => {
              close();
              setConfirmReset(true);
            }}
          >
            <ListItemIcon>
              <RestartAlt fontSize="small" />
            </ListItemIcon>
            <ListItemText>{t('userMenu.reset')}</ListItemText>
          </MenuItem>
        )}
        <MenuItem
          onClick={() => {
            close();
            onSignOut();
          }}
        >
          <ListItemIcon>
            <Logout fontSize="small" />
          </ListItemIcon>
          <ListItemText>{t('userMenu.signOut')}</ListItemText>
        </MenuItem>
      </Menu>
      {mock && (
        // Everything anyone created in this browser goes: asked first, Escape or Cancel keeps it.
        <Dialog
          open={confirmReset}
          onClose={closeReset}
          // It opened from a menu item that is gone by now: focus goes back to the menu's button once the
          // dialog (and its focus trap) has left.
          disableRestoreFocus
          slotProps={{ transition: { onExited: () => menuButton.current?.focus() } }}
          aria-labelledby="reset-demo-title"
          aria-describedby="reset-demo-text"
        >
          <DialogTitle id="reset-demo-title">{t('userMenu.resetDialog.title')}</DialogTitle>
          <DialogContent>
            <DialogContentText id="reset-demo-text">{t('userMenu.resetDialog.text')}</DialogContentText>
          </DialogContent>
          <DialogActions>
            <Button onClick={closeReset} autoFocus>
              {t('userMenu.resetDialog.cancel')}
            </Button>
            <Button
              color="error"
              variant="contained"
              loading={resetting}
              onClick={async () => {
                setResetting(true);
                try {
                  await mock.resetDemoData();
                  await queryClient.invalidateQueries();
                } finally {
                  setResetting(false);
                  closeReset();
                }
              }}
            >
              {t('userMenu.reset')}
            </Button>
          </DialogActions>
        </Dialog>
      )}
    </>
  );
}

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
import { getMockControls } from '@/shared/mock-controls';

const MODES = [
  { value: 'system', label: 'Theme: follow system' },
  { value: 'light', label: 'Theme: light' },
  { value: 'dark', label: 'Theme: dark' },
] as const;

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
  const queryClient = useQueryClient();
  const mock = getMockControls();
  const close = () => setAnchor(null);
  const closeReset = () => setConfirmReset(false);

  return (
    <>
      <IconButton
        ref={menuButton}
        color="inherit"
        aria-label={`Account menu for ${user.name}`}
        aria-haspopup="menu"
        aria-expanded={anchor ? 'true' : undefined}
        onClick={(event) => setAnchor(event.currentTarget)}
      >
        <Avatar sx={{ width: 32, height: 32, fontSize: 14, bgcolor: 'secondary.main' }}>
          {initials(user.name)}
        </Avatar>
      </IconButton>
      <Menu anchorEl={anchor} open={!!anchor} onClose={close}>
        <ListSubheader sx={{ lineHeight: 1.4, py: 1 }}>
          <strong>{user.name}</strong>
          <br />
          {user.roles.map((role) => ROLE_LABELS[role]).join(', ')}
        </ListSubheader>
        <Divider />
        {MODES.map((option) => (
          <MenuItem key={option.value} selected={mode === option.value} onClick={() => setMode(option.value)}>
            <ListItemIcon>{mode === option.value && <Check fontSize="small" />}</ListItemIcon>
            <ListItemText>{option.label}</ListItemText>
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
            <ListItemText>Reset demo data</ListItemText>
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
          <ListItemText>Sign out</ListItemText>
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
          <DialogTitle id="reset-demo-title">Reset the demo data?</DialogTitle>
          <DialogContent>
            <DialogContentText id="reset-demo-text">
              Everything created or changed in this browser since the demo began is replaced by the original
              demo data. You stay signed in.
            </DialogContentText>
          </DialogContent>
          <DialogActions>
            <Button onClick={closeReset} autoFocus>
              Cancel
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
              Reset demo data
            </Button>
          </DialogActions>
        </Dialog>
      )}
    </>
  );
}

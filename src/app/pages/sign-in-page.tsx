import { useState, type FormEvent } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemText from '@mui/material/ListItemText';
import Paper from '@mui/material/Paper';
import FormControl from '@mui/material/FormControl';
import FormHelperText from '@mui/material/FormHelperText';
import InputLabel from '@mui/material/InputLabel';
import OutlinedInput from '@mui/material/OutlinedInput';
import Typography from '@mui/material/Typography';
import { describeError, isApiError } from '@/shared/api/errors';
import { useQueryClient } from '@tanstack/react-query';
import { sessionQuery, useSignIn } from '@/shared/auth/session';
import { APP_NAME, usePageTitle } from '@/shared/ui/page-header';
import { homePathFor } from '../home-path';
import { safeNextPath } from '../safe-next';

const IS_MOCK = !import.meta.env.VITE_API_BASE_URL;

// Listed only in mock mode, where they are the built-in backend's accounts (see README).
const DEMO_ACCOUNTS = [
  { email: 'officer@example.com', who: 'Olivia Ortiz', role: 'Privacy officer' },
  { email: 'manager@example.com', who: 'Marcus Reid', role: 'Manager' },
  { email: 'staff@example.com', who: 'Sam Patel', role: 'Staff' },
  { email: 'desk@example.com', who: 'Dana Kim', role: 'Security desk' },
];
const DEMO_PASSWORD = 'demo-password';

const REASONS: Record<string, string> = {
  idle: 'You were signed out because the console was not used for a while. Sign in to carry on where you were.',
  expired: 'Your session ended. Sign in again to carry on where you were; what you were typing is kept.',
};

export function SignInPage() {
  usePageTitle('Sign in');
  const [params] = useSearchParams();
  const navigate = useNavigate();
  // Only what is already known: loading /sign-in asks the backend nothing (a signed-out 401 would be noise).
  const knownSession = useQueryClient().getQueryData(sessionQuery.queryKey);
  const signIn = useSignIn();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState<{ email?: string; password?: string }>({});
  const next = safeNextPath(params.get('next'));
  const reason = params.get('reason');

  if (knownSession && signIn.isIdle) {
    return <Navigate to={next ?? homePathFor(knownSession.user.roles)} replace />;
  }

  const submit = (credentials: { email: string; password: string }) => {
    const errors = {
      email: credentials.email.trim() ? undefined : 'Enter your email address.',
      password: credentials.password ? undefined : 'Enter your password.',
    };
    setMissing(errors);
    if (errors.email || errors.password) {
      document.getElementById(errors.email ? 'email' : 'password')?.focus();
      return;
    }
    signIn.mutate(credentials, {
      onSuccess: (result) => navigate(next ?? homePathFor(result.user.roles), { replace: true }),
      onError: () => {
        setPassword('');
        document.getElementById('password')?.focus();
      },
    });
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    submit({ email, password });
  };

  const failure = signIn.error
    ? isApiError(signIn.error, 401)
      ? 'The email or password is not right. Check them and try again.'
      : describeError(signIn.error)
    : null;

  return (
    <Box
      component="main"
      sx={{ minHeight: '100vh', display: 'grid', placeItems: 'center', p: 2, bgcolor: 'background.default' }}
    >
      <Paper variant="outlined" sx={{ p: { xs: 3, sm: 4 }, width: '100%', maxWidth: 440 }}>
        <Typography variant="h5" component="h1" sx={{ mb: 0.5 }}>
          Sign in
        </Typography>
        <Typography color="text.secondary" sx={{ mb: 3 }}>
          {APP_NAME}
        </Typography>
        {reason && REASONS[reason] && !failure && (
          <Alert severity="info" sx={{ mb: 2 }}>
            {REASONS[reason]}
          </Alert>
        )}
        {failure && (
          <Alert severity="error" role="alert" sx={{ mb: 2 }}>
            {failure}
          </Alert>
        )}
        <Box component="form" noValidate onSubmit={onSubmit}>
          <SignInField
            id="email"
            label="Email"
            type="email"
            autoComplete="username"
            autoFocus
            value={email}
            onChange={setEmail}
            error={missing.email}
          />
          <SignInField
            id="password"
            label="Password"
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={setPassword}
            error={missing.password}
          />
          <Button
            type="submit"
            variant="contained"
            fullWidth
            size="large"
            sx={{ mt: 2 }}
            loading={signIn.isPending}
          >
            Sign in
          </Button>
        </Box>
        {IS_MOCK && (
          <Box component="section" aria-labelledby="demo-accounts" sx={{ mt: 4 }}>
            <Typography id="demo-accounts" variant="subtitle2" component="h2">
              Demo accounts (built-in mock backend)
            </Typography>
            <List dense>
              {DEMO_ACCOUNTS.map((account) => (
                <ListItem key={account.email} disablePadding>
                  <ListItemButton
                    disabled={signIn.isPending}
                    onClick={() => {
                      setEmail(account.email);
                      setPassword(DEMO_PASSWORD);
                      submit({ email: account.email, password: DEMO_PASSWORD });
                    }}
                  >
                    <ListItemText
                      primary={`Sign in as ${account.who}`}
                      secondary={`${account.role} · ${account.email}`}
                    />
                  </ListItemButton>
                </ListItem>
              ))}
            </List>
          </Box>
        )}
      </Paper>
    </Box>
  );
}

/**
 * MUI's TextField also carries Select, Menu and Popover for its `select` mode; the sign-in page is the one
 * page whose weight everyone pays before anything else, so it composes the parts it needs instead.
 */
function SignInField(props: {
  id: string;
  label: string;
  type: string;
  autoComplete: string;
  autoFocus?: boolean;
  value: string;
  onChange: (value: string) => void;
  error?: string;
}) {
  const helperId = `${props.id}-error`;
  return (
    <FormControl fullWidth required margin="normal" error={!!props.error}>
      <InputLabel htmlFor={props.id}>{props.label}</InputLabel>
      <OutlinedInput
        id={props.id}
        label={props.label}
        type={props.type}
        autoComplete={props.autoComplete}
        autoFocus={props.autoFocus}
        value={props.value}
        onChange={(event) => props.onChange(event.target.value)}
        slotProps={{ input: { 'aria-describedby': props.error ? helperId : undefined } }}
      />
      {props.error && <FormHelperText id={helperId}>{props.error}</FormHelperText>}
    </FormControl>
  );
}

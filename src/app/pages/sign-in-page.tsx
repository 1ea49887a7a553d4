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
import { sharedMessages } from '@/shared/i18n/shared-messages';
import { usePageTitle } from '@/shared/ui/page-title';
import { translateMessage, useMessages } from '@/shared/i18n/messages';
import { appMessages } from '../i18n/messages';
import { homePathFor } from '../home-path';
import { LanguageToggle } from './language-toggle';
import { safeNextPath } from '../safe-next';

const IS_MOCK = !import.meta.env.VITE_API_BASE_URL;

// Listed only in mock mode, where they are the built-in backend's accounts (see README).
const DEMO_ACCOUNTS = [
  { email: 'officer@example.com', who: 'Olivia Ortiz', role: appMessages.ref('signIn.demo.officer') },
  { email: 'manager@example.com', who: 'Marcus Reid', role: appMessages.ref('signIn.demo.manager') },
  { email: 'staff@example.com', who: 'Sam Patel', role: appMessages.ref('signIn.demo.staff') },
  { email: 'desk@example.com', who: 'Dana Kim', role: appMessages.ref('signIn.demo.desk') },
];
const DEMO_PASSWORD = 'demo-password';

const REASONS: Record<string, string> = {
  idle: appMessages.ref('signIn.reason.idle'),
  expired: appMessages.ref('signIn.reason.expired'),
};

export function SignInPage() {
  const t = useMessages(appMessages);
  usePageTitle(t('signIn.title'));
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
      email: credentials.email.trim() ? undefined : appMessages.ref('signIn.email.missing'),
      password: credentials.password ? undefined : appMessages.ref('signIn.password.missing'),
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
      ? t('signIn.failed')
      : describeError(signIn.error)
    : null;

  return (
    <Box
      component="main"
      sx={{ minHeight: '100vh', display: 'grid', placeItems: 'center', p: 2, bgcolor: 'background.default' }}
    >
      <Paper variant="outlined" sx={{ p: { xs: 3, sm: 4 }, width: '100%', maxWidth: 440 }}>
        <Box sx={{ display: 'flex', justifyContent: 'space-between', alignItems: 'start', gap: 1 }}>
          <Typography variant="h5" component="h1" sx={{ mb: 0.5 }}>
            {t('signIn.title')}
          </Typography>
          <LanguageToggle />
        </Box>
        <Typography color="text.secondary" sx={{ mb: 3 }}>
          {sharedMessages.t('app.name')}
        </Typography>
        {reason && REASONS[reason] && !failure && (
          <Alert severity="info" sx={{ mb: 2 }}>
            {translateMessage(REASONS[reason])}
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
            label={t('signIn.email')}
            type="email"
            autoComplete="username"
            autoFocus
            value={email}
            onChange={setEmail}
            error={missing.email}
          />
          <SignInField
            id="password"
            label={t('signIn.password')}
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
            {t('signIn.submit')}
          </Button>
        </Box>
        {IS_MOCK && (
          <Box component="section" aria-labelledby="demo-accounts" sx={{ mt: 4 }}>
            <Typography id="demo-accounts" variant="subtitle2" component="h2">
              {t('signIn.demo.heading')}
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
                      primary={t('signIn.demo.as', { name: account.who })}
                      secondary={t('signIn.demo.account', {
                        role: translateMessage(account.role),
                        email: account.email,
                      })}
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
      {props.error && <FormHelperText id={helperId}>{translateMessage(props.error)}</FormHelperText>}
    </FormControl>
  );
}

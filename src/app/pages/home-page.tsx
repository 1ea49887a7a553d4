import { Link as RouterLink } from 'react-router';
import Card from '@mui/material/Card';
import CardActionArea from '@mui/material/CardActionArea';
import CardContent from '@mui/material/CardContent';
import Grid from '@mui/material/Grid';
import Typography from '@mui/material/Typography';
import { ROLE_LABELS } from '@/shared/auth/permissions';
import { useCurrentUser } from '@/shared/auth/session';
import { PageHeader } from '@/shared/ui/page-header';
import { navigationFor } from '../shell/navigation';
import { translateMessage, useMessages } from '@/shared/i18n/messages';
import { appMessages } from '../i18n/messages';

/** Until the dashboard and "My policies" exist, each person starts here: a greeting and what they can do. */
export function HomePage() {
  const user = useCurrentUser();
  const destinations = navigationFor(user.roles).filter((item) => item.to !== '/home');
  const t = useMessages(appMessages);
  const firstName = user.name.split(' ')[0] ?? user.name;
  return (
    <>
      <PageHeader title={t('home.welcome', { name: firstName })} />
      <Typography sx={{ mb: 3 }} color="text.secondary">
        {t('home.signedInAs', {
          roles: user.roles.map((role) => translateMessage(ROLE_LABELS[role])).join(', '),
        })}
      </Typography>
      <Grid container spacing={2} component="ul" sx={{ listStyle: 'none', p: 0, m: 0 }}>
        {destinations.map((item) => (
          <Grid key={item.to} size={{ xs: 12, sm: 6, lg: 4 }} component="li">
            <Card variant="outlined" sx={{ height: '100%' }}>
              <CardActionArea component={RouterLink} to={item.to} sx={{ height: '100%' }}>
                <CardContent>
                  <Typography
                    variant="h6"
                    component="h2"
                    sx={{ display: 'flex', alignItems: 'center', gap: 1 }}
                  >
                    <item.icon aria-hidden /> {translateMessage(item.label)}
                  </Typography>
                  <Typography color="text.secondary">{translateMessage(item.description)}</Typography>
                </CardContent>
              </CardActionArea>
            </Card>
          </Grid>
        ))}
      </Grid>
    </>
  );
}

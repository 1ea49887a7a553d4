// The home page of officers and managers (and everyone's own tasks): each module's cards, for the person's
// roles, each from its own summary endpoint, all asked for at once.
import { Link as RouterLink } from 'react-router';
import Button from '@mui/material/Button';
import Grid from '@mui/material/Grid';
import Typography from '@mui/material/Typography';
import { usePermission, useCurrentUser } from '@/shared/auth/session';
import { useMessages } from '@/shared/i18n/messages';
import { PageHeader } from '@/shared/ui/page-header';
import { DashboardCard } from '../components/dashboard-card';
import { useDeclaredCards } from '../components/declared-cards';
import { dashboardMessages } from '../i18n/messages';

export function DashboardPage() {
  const t = useMessages(dashboardMessages);
  const user = useCurrentUser();
  const cards = useDeclaredCards();
  const seesPromises = usePermission('dashboard.read');
  return (
    <>
      <PageHeader
        title={t('dashboard.title')}
        actions={
          seesPromises && (
            <Button component={RouterLink} to="/dashboard/promises">
              {t('dashboard.promisesLink')}
            </Button>
          )
        }
      />
      <Typography color="text.secondary" sx={{ mb: 2 }}>
        {t('dashboard.greeting', { name: user.name.split(' ')[0] })}
      </Typography>
      {cards.length === 0 ? (
        <Typography>{t('dashboard.noCards')}</Typography>
      ) : (
        <Grid container spacing={2}>
          {cards.map((card) => (
            <Grid key={card.id} size={{ xs: 12, md: 6, xl: 4 }}>
              <DashboardCard card={card} />
            </Grid>
          ))}
        </Grid>
      )}
    </>
  );
}

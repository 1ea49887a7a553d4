import { Link as RouterLink } from 'react-router';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { PageHeader } from './page-header';

export function NotPermittedPage() {
  return (
    <>
      <PageHeader title="Not permitted" />
      <Paper variant="outlined" sx={{ p: 3, maxWidth: 640 }}>
        <Typography sx={{ mb: 2 }}>
          Your role does not give you access to this page. If you need it for your work, ask the privacy
          office to review your roles.
        </Typography>
        <Button component={RouterLink} to="/" variant="contained">
          Go to your home page
        </Button>
      </Paper>
    </>
  );
}

export function NotFoundPage() {
  return (
    <>
      <PageHeader title="Page not found" />
      <Paper variant="outlined" sx={{ p: 3, maxWidth: 640 }}>
        <Typography sx={{ mb: 2 }}>
          There is no page at this address. It may have moved, or the link may be mistyped.
        </Typography>
        <Button component={RouterLink} to="/" variant="contained">
          Go to your home page
        </Button>
      </Paper>
    </>
  );
}

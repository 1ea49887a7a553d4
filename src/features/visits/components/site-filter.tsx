import { useSearchParams } from 'react-router';
import MuiTextField from '@mui/material/TextField';
import { useCurrentUser } from '@/shared/auth/session';
import { useMessages } from '@/shared/i18n/messages';
import type { Site } from '../api/queries';
import { visitsMessages } from '../i18n/messages';

export const ALL_SITES = 'all';

/** The desk's site by default, switchable to another or to all; kept in the URL (`?site=`). */
export function useSiteFilter() {
  const user = useCurrentUser();
  const [searchParams, setSearchParams] = useSearchParams();
  const value = searchParams.get('site') ?? user.siteId;
  const setValue = (next: string) =>
    setSearchParams(
      (prev) => {
        const params = new URLSearchParams(prev);
        if (next === user.siteId) params.delete('site');
        else params.set('site', next);
        return params;
      },
      { replace: true },
    );
  return { value, siteId: value === ALL_SITES ? undefined : value, setValue };
}

export function SiteFilter({
  sites,
  value,
  onChange,
}: {
  sites: Site[];
  value: string;
  onChange: (value: string) => void;
}) {
  const t = useMessages(visitsMessages);
  return (
    <MuiTextField
      select
      size="small"
      label={t('siteFilter.label')}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
      sx={{ minWidth: 240 }}
    >
      <option value={ALL_SITES}>{t('siteFilter.all')}</option>
      {sites.map((site) => (
        <option key={site.id} value={site.id}>
          {site.name}
        </option>
      ))}
    </MuiTextField>
  );
}

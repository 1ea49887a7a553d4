import { useQuery } from '@tanstack/react-query';
import Box from '@mui/material/Box';
import type { NavigationEntry } from '@/shared/modules/module-definition';

/** The number of things that need attention in a module (its own summary query), beside its entry. */
export function NavigationBadge({ badge }: { badge: NonNullable<NavigationEntry['badge']> }) {
  const { data: count } = useQuery({ queryKey: badge.queryKey, queryFn: badge.queryFn, staleTime: 60_000 });
  if (!count) return null;
  return (
    <Box
      component="span"
      aria-label={badge.label(count)}
      sx={{
        ml: 1,
        minWidth: 24,
        px: 0.75,
        borderRadius: 12,
        bgcolor: 'error.main',
        color: 'error.contrastText',
        fontSize: 12,
        fontWeight: 600,
        lineHeight: '24px',
        textAlign: 'center',
      }}
    >
      {count}
    </Box>
  );
}

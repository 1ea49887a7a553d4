import type { ReactNode } from 'react';
import { QueryCache, QueryClient, QueryClientProvider, MutationCache } from '@tanstack/react-query';
import { CacheProvider } from '@emotion/react';
import CssBaseline from '@mui/material/CssBaseline';
import { ThemeProvider } from '@mui/material/styles';
import { isApiError } from '@/shared/api/errors';
import { LanguageProvider } from '@/shared/i18n/language-provider';
import { styleCache } from './style-cache';
import { theme } from './theme';

function retry(failureCount: number, error: unknown) {
  // A refusal or a bad request will not change by asking again; an outage might.
  if (isApiError(error) && error.status > 0 && error.status < 500) return false;
  return failureCount < 1;
}

export function createQueryClient() {
  return new QueryClient({
    queryCache: new QueryCache(),
    mutationCache: new MutationCache(),
    defaultOptions: {
      queries: { retry, staleTime: 30_000, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
  });
}

export function Providers({ queryClient, children }: { queryClient: QueryClient; children: ReactNode }) {
  return (
    <QueryClientProvider client={queryClient}>
      <CacheProvider value={styleCache}>
        <ThemeProvider theme={theme} defaultMode="system">
          <CssBaseline />
          <LanguageProvider>{children}</LanguageProvider>
        </ThemeProvider>
      </CacheProvider>
    </QueryClientProvider>
  );
}

import { useQueryClient } from '@tanstack/react-query';
import { api } from '@/shared/api/client';
import { sessionQuery } from '@/shared/auth/session';
import { changeLanguage } from './i18n';
import type { Language } from './language';

/**
 * Switches the console's language at once (nothing reloads, nothing typed is lost) and, for a signed-in
 * person, remembers it on their account (PUT /preferences), so their next sign-in anywhere opens in it.
 */
export function useChangeLanguage() {
  const queryClient = useQueryClient();
  return async (language: Language) => {
    await changeLanguage(language);
    const session = queryClient.getQueryData(sessionQuery.queryKey);
    if (!session || session.user.language === language) return;
    // Remembering is a convenience: the switch has happened whether or not the backend keeps it.
    const { response } = await api.PUT('/api/v1/preferences', { body: { language } }).catch(() => ({
      response: undefined,
    }));
    if (response?.ok) {
      queryClient.setQueryData(sessionQuery.queryKey, (current) =>
        current ? { ...current, user: { ...current.user, language } } : current,
      );
    }
  };
}

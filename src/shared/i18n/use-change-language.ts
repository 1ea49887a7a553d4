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
    const session = queryClient.getQueryData(sessionQuery.queryKey);
    // Asked first, alongside the new language's catalogs: a reload right after the switch then finds it kept.
    // Remembering is a convenience: the switch happens whether or not the backend keeps it.
    const remembered =
      session && session.user.language !== language
        ? api.PUT('/api/v1/preferences', { body: { language } }).catch(() => ({ response: undefined }))
        : undefined;
    await changeLanguage(language);
    const response = (await remembered)?.response;
    if (response?.ok) {
      queryClient.setQueryData(sessionQuery.queryKey, (current) =>
        current ? { ...current, user: { ...current.user, language } } : current,
      );
    }
  };
}

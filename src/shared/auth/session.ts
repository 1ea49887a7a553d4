// The session as server state: who is signed in, with which roles. The cookie is the backend's; the
// console keeps only this query's answer (and the CSRF token, in memory).
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, setCsrfToken, unwrap } from '@/shared/api/client';
import { isApiError } from '@/shared/api/errors';
import type { components } from '@/shared/api/schema';
import { hasPermission, type Permission } from '@/shared/auth/permissions';
import { cancelPendingDrafts, clearAllDrafts, flushPendingDrafts } from '@/shared/forms/drafts';
import { changeLanguage } from '@/shared/i18n/i18n';
import { clearPrivateListState } from '@/shared/list/private-list-state';

export type Session = components['schemas']['Session'];
export type User = Session['user'];

export const sessionQuery = queryOptions({
  queryKey: ['session'],
  queryFn: async (): Promise<Session | null> => {
    try {
      const session = unwrap(await api.GET('/api/v1/session'));
      setCsrfToken(session.csrfToken, session.user.id);
      await speakTheirLanguage(session.user);
      return session;
    } catch (error) {
      if (isApiError(error, 401)) return null;
      throw error;
    }
  },
  staleTime: Infinity,
  retry: false,
});

/** The language the person chose, once they are known: before their first page shows, so it shows in it. */
async function speakTheirLanguage(user: User) {
  if (user.language) await changeLanguage(user.language).catch(() => undefined);
}

export function useSession() {
  return useQuery(sessionQuery);
}

/** The signed-in user; only for components rendered inside the signed-in shell. */
export function useCurrentUser(): User {
  const { data } = useSession();
  if (!data) throw new Error('useCurrentUser outside a signed-in route');
  return data.user;
}

export function usePermission(permission: Permission) {
  return hasPermission(useSession().data?.user.roles, permission);
}

export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: { email: string; password: string }) =>
      unwrap(await api.POST('/api/v1/session', { body })),
    onSuccess: async (session) => {
      setCsrfToken(session.csrfToken, session.user.id);
      await speakTheirLanguage(session.user);
      queryClient.setQueryData(sessionQuery.queryKey, session);
    },
  });
}

/**
 * Ends the session the browser holds. Refused (403) when this tab's CSRF token is stale because someone
 * signed in again in another tab: then it asks for the current session and ends that one, since "Sign out" is
 * meant for the browser, whoever it is signed in as now. Nobody signed in (401) is already the goal.
 */
async function endBrowserSession() {
  const refused = await api.DELETE('/api/v1/session').then(
    () => false,
    (error: unknown) => isApiError(error, 403),
  );
  if (!refused) return;
  const current = await api.GET('/api/v1/session').then(unwrap, () => undefined);
  if (!current) return;
  setCsrfToken(current.csrfToken, current.user.id);
  await api.DELETE('/api/v1/session').catch(() => undefined);
}

/**
 * Signing out ends the backend session, forgets every cached answer (so the back button finds nothing to
 * show) and drops the form drafts in this tab: everyone's, since an idle expiry may have kept the previous
 * person's at a shared desk. An idle expiry (or a 401) keeps them, the last keystrokes included, so the person
 * can carry on.
 */
export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ keepDrafts }: { keepDrafts: boolean }) => {
      if (keepDrafts) flushPendingDrafts();
      else {
        cancelPendingDrafts();
        clearAllDrafts();
      }
      await endBrowserSession();
      // A form that unmounted meanwhile may have written what it held.
      if (!keepDrafts) clearAllDrafts();
    },
    onSettled: () => {
      setCsrfToken(undefined);
      // Search text typed about people (kept in memory, never in the URL) must not greet the next user.
      clearPrivateListState();
      queryClient.clear();
      queryClient.setQueryData(sessionQuery.queryKey, null);
    },
  });
}

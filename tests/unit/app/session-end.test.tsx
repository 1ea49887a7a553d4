// The session's end, whichever way it comes (a 401 from the backend, the person's own sign-out), while a form
// holds unsaved typing: the sign-in page, never "Leave without saving?", and the form back as typed after
// signing in again. The idle timer's own path is a browser test (tests/browser/session-end.spec.ts).
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { api } from '@/shared/api/client';
import { sessions } from '../../../mocks/store/db';
import { renderApp, signInAs, signInOnPage } from '../../setup/render';

type User = ReturnType<typeof userEvent.setup>;

async function fillCheckIn(user: User) {
  await user.type(await screen.findByRole('textbox', { name: /^Name/ }), 'Nora Lindqvist');
  await user.type(screen.getByRole('textbox', { name: /^Company/ }), 'Fjord Analytics');
  await user.type(screen.getByRole('combobox', { name: /Host/ }), 'Sam ');
  await user.click(await screen.findByRole('option', { name: /Sam Patel/ }));
  await user.type(screen.getByRole('textbox', { name: /^Purpose/ }), 'Meeting');
  await user.type(screen.getByRole('textbox', { name: /^Badge number/ }), '150');
  await user.click(screen.getByRole('checkbox', { name: /privacy notice/ }));
}

function expectCheckInAsTyped() {
  expect(screen.getByRole('textbox', { name: /^Name/ })).toHaveValue('Nora Lindqvist');
  expect(screen.getByRole('textbox', { name: /^Company/ })).toHaveValue('Fjord Analytics');
  expect(screen.getByRole('textbox', { name: /^Purpose/ })).toHaveValue('Meeting');
  expect(screen.getByRole('textbox', { name: /^Badge number/ })).toHaveValue('150');
  expect(screen.getByRole('checkbox', { name: /privacy notice/ })).toBeChecked();
}

const draftKeys = () => Object.keys(sessionStorage).filter((name) => name.startsWith('poc-draft:'));

describe('the session ends while a form holds unsaved typing', () => {
  it('a 401 on check-in goes to the sign-in page, and the form comes back as typed', async () => {
    await signInAs('desk');
    const user = userEvent.setup();
    const { router } = renderApp('/visitors/check-in');
    await fillCheckIn(user);
    // The backend forgot the session (its own idle timeout, a restart).
    sessions.clear();
    await user.click(screen.getByRole('button', { name: 'Check in' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(screen.getByText(/Your session ended/)).toBeInTheDocument();
    expect(screen.queryByText(/Something went wrong/)).not.toBeInTheDocument();
    expect(screen.queryByRole('dialog', { name: 'Leave without saving?' })).not.toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/sign-in');
    expect(new URLSearchParams(router.state.location.search).get('next')).toBe('/visitors/check-in');

    await signInOnPage(user, 'desk');
    expect(await screen.findByText('Restored what you typed earlier.')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/visitors/check-in');
    expectCheckInAsTyped();
    await waitFor(() => expect(screen.getByRole('combobox', { name: /Host/ })).toHaveValue('Sam Patel'));
  }, 40_000); // a whole check-in typed, then a sign-in: ~10 s alone, more on a loaded 2-core machine

  it('a 401 from any call keeps the keystrokes of the last moment, not only what the debounce wrote', async () => {
    await signInAs('desk');
    const user = userEvent.setup();
    const { router } = renderApp('/visitors/check-in');
    await user.type(await screen.findByRole('textbox', { name: /^Name/ }), 'Nora Lindqvist');
    sessions.clear();
    // Straight on to the host: its people search is the call that meets the 401, well inside the debounce.
    await user.type(screen.getByRole('combobox', { name: /Host/ }), 'Sam');

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(screen.queryByRole('dialog', { name: 'Leave without saving?' })).not.toBeInTheDocument();
    expect(sessionStorage.getItem('poc-draft:p-desk:visits.check-in')).toContain('Nora Lindqvist');

    await signInOnPage(user, 'desk');
    await waitFor(() => expect(router.state.location.pathname).toBe('/visitors/check-in'));
    expect(await screen.findByRole('textbox', { name: /^Name/ })).toHaveValue('Nora Lindqvist');
  });

  it('ends the session even while “Leave without saving?” is asking, and keeps the draft it offered to delete', async () => {
    await signInAs('desk');
    const user = userEvent.setup();
    const { router } = renderApp('/visitors/check-in');
    await user.type(await screen.findByRole('textbox', { name: /^Name/ }), 'Nora Lindqvist');
    await user.click(screen.getByRole('link', { name: 'Cancel' }));
    expect(await screen.findByRole('dialog', { name: 'Leave without saving?' })).toBeInTheDocument();
    sessions.clear();
    // Any call now meets the 401 (here, the list's refresh every 30 s).
    await api.GET('/api/v1/visits/on-site').catch(() => undefined);

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(screen.queryByRole('dialog', { name: 'Leave without saving?' })).not.toBeInTheDocument();
    expect(new URLSearchParams(router.state.location.search).get('next')).toBe('/visitors/check-in');
    expect(sessionStorage.getItem('poc-draft:p-desk:visits.check-in')).toContain('Nora Lindqvist');
  });

  it('signing out drops every person’s drafts in this browser, not only the signing-out person’s', async () => {
    // Kept for the officer by an idle expiry earlier at this desk.
    sessionStorage.setItem(
      'poc-draft:p-officer:processors.new',
      JSON.stringify({ values: { name: 'Acme' } }),
    );
    await signInAs('desk');
    const user = userEvent.setup();
    const { router } = renderApp('/visitors/check-in');
    await user.type(await screen.findByRole('textbox', { name: /^Name/ }), 'Nora Lindqvist');
    await user.click(screen.getByRole('button', { name: /Account menu/ }));
    await user.click(within(await screen.findByRole('menu')).getByRole('menuitem', { name: 'Sign out' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/sign-in'));
    expect(screen.queryByRole('dialog', { name: 'Leave without saving?' })).not.toBeInTheDocument();
    // Past the debounce: nothing the form still held comes back.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(draftKeys()).toEqual([]);
  });
});

import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { server } from '../../../mocks/node';
import { renderApp, signInAs } from '../../setup/render';

describe('sign-in', () => {
  it('signs the security desk in and lands on the visitor log', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/sign-in');
    await user.type(await screen.findByLabelText(/Email/), 'desk@example.com');
    await user.type(screen.getByLabelText(/Password/), 'demo-password');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/visitors'));
  });

  it('keeps the email and says so when the password is wrong', async () => {
    const user = userEvent.setup();
    renderApp('/sign-in');
    await user.type(await screen.findByLabelText(/Email/), 'officer@example.com');
    await user.type(screen.getByLabelText(/Password/), 'wrong');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The email or password is not right');
    expect(screen.getByLabelText(/Email/)).toHaveValue('officer@example.com');
    expect(screen.getByLabelText(/Password/)).toHaveValue('');
  });

  it('asks for what is missing, next to the field', async () => {
    const user = userEvent.setup();
    renderApp('/sign-in');
    await user.click(await screen.findByRole('button', { name: 'Sign in' }));
    expect(screen.getByText('Enter your email address.')).toBeInTheDocument();
    expect(screen.getByLabelText(/Email/)).toHaveFocus();
  });

  it('says the server failed, and keeps what was typed', async () => {
    server.use(
      http.post('*/api/v1/session', () =>
        HttpResponse.json(
          { type: 'about:blank', title: 'Boom', status: 500 },
          { status: 500, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    const user = userEvent.setup();
    renderApp('/sign-in');
    await user.type(await screen.findByLabelText(/Email/), 'officer@example.com');
    await user.type(screen.getByLabelText(/Password/), 'demo-password');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The server had a problem');
    expect(screen.getByLabelText(/Email/)).toHaveValue('officer@example.com');
  });

  it('says the network failed', async () => {
    server.use(http.post('*/api/v1/session', () => HttpResponse.error()));
    const user = userEvent.setup();
    renderApp('/sign-in');
    await user.type(await screen.findByLabelText(/Email/), 'officer@example.com');
    await user.type(screen.getByLabelText(/Password/), 'demo-password');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('could not be reached');
  });

  it('sends a signed-out deep link to sign-in and back', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/home?x=1');
    await waitFor(() => expect(router.state.location.pathname).toBe('/sign-in'));
    expect(router.state.location.search).toContain('next=%2Fhome%3Fx%3D1');
    await user.type(await screen.findByLabelText(/Email/), 'staff@example.com');
    await user.type(screen.getByLabelText(/Password/), 'demo-password');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    await waitFor(() =>
      expect(router.state.location.pathname + router.state.location.search).toBe('/home?x=1'),
    );
    expect(await screen.findByRole('heading', { name: 'Welcome, Sam' })).toBeInTheDocument();
  });

  it.each(['/\\evil.example', '//evil.example', 'https://evil.example/home', 'javascript:alert(1)'])(
    'follows no ?next= that leaves the console (%s): home instead',
    async (next) => {
      const user = userEvent.setup();
      const { router } = renderApp(`/sign-in?next=${encodeURIComponent(next)}`);
      await user.type(await screen.findByLabelText(/Email/), 'staff@example.com');
      await user.type(screen.getByLabelText(/Password/), 'demo-password');
      await user.click(screen.getByRole('button', { name: 'Sign in' }));
      // Staff's start page is their policies (issue 15).
      expect(await screen.findByRole('heading', { level: 1, name: 'My policies' })).toBeInTheDocument();
      expect(router.state.location.pathname).toBe('/my-policies');
    },
  );

  it('keeps no credential or token in web storage', async () => {
    await signInAs('officer');
    renderApp('/home');
    await screen.findByRole('heading', { name: 'Welcome, Olivia' });
    const stored = JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage });
    expect(stored).not.toMatch(/csrf|token|password|session/i);
  });
});

describe('the signed-in shell', () => {
  it('shows a retry, not a blank page, when the session cannot be loaded', async () => {
    await signInAs('staff');
    server.use(
      http.get('*/api/v1/session', () =>
        HttpResponse.json(
          { type: 'about:blank', title: 'Unavailable', status: 503 },
          { status: 503, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    const user = userEvent.setup();
    renderApp('/home');
    expect(await screen.findByRole('alert', {}, { timeout: 8000 })).toHaveTextContent(
      'The server had a problem',
    );
    server.resetHandlers();
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('heading', { name: 'Welcome, Sam' })).toBeInTheDocument();
  });
});

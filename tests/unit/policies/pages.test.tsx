// The policies pages against the mock backend: what each role sees, reading to the end before acknowledging,
// a version superseded while reading, and a policy's text that carries HTML.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { onTestFinished, vi } from 'vitest';
import { PolicyMarkdown } from '@/features/policies/components/policy-markdown';
import { TextDiff } from '@/features/policies/components/text-diff';
import { SEED_TEXT_HASHES } from '../../../mocks/seed/policy-texts';
import { policyVersions } from '../../../mocks/store/policies';
import { renderApp, renderWithRouter, signInAs } from '../../setup/render';

describe('my policies', () => {
  it('shows staff what is overdue, what waits for them and what they acknowledged', async () => {
    await signInAs('staff');
    renderApp('/my-policies');
    const overdue = await screen.findByRole('region', { name: 'Overdue (1)' });
    expect(within(overdue).getByRole('row', { name: /Clean desk and screen lock/ })).toHaveTextContent(
      'Overdue',
    );
    const waiting = screen.getByRole('region', { name: 'Waiting for you (1)' });
    expect(within(waiting).getByRole('row', { name: /Acceptable use of IT/ })).toHaveTextContent('2.0');
    const done = screen.getByRole('region', { name: 'Acknowledged (2)' });
    expect(within(done).getByRole('row', { name: /Records retention schedule/ })).toHaveTextContent(
      /You acknowledged|Version 1\.0 on/,
    );
    expect(
      within(waiting).getByRole('link', { name: 'Read and acknowledge Acceptable use of IT' }),
    ).toHaveAttribute('href', '/my-policies/pol-acceptable-use');
  });

  it('is where staff start after signing in', async () => {
    await signInAs('staff');
    const { router } = renderApp('/');
    await screen.findByRole('heading', { level: 1, name: 'My policies' });
    expect(router.state.location.pathname).toBe('/my-policies');
  });
});

describe('reading a policy', () => {
  /** The text's region is 400 px tall over 2,000 px of text: it has to be scrolled to its end. */
  function tallText() {
    vi.spyOn(HTMLElement.prototype, 'scrollHeight', 'get').mockImplementation(function (this: HTMLElement) {
      return this.getAttribute('role') === 'region' ? 2000 : 0;
    });
    vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockImplementation(function (this: HTMLElement) {
      return this.getAttribute('role') === 'region' ? 400 : 0;
    });
  }

  it('offers "I have read and will follow this policy" once the text is scrolled to its end, then shows the hash matches', async () => {
    tallText();
    await signInAs('staff');
    const user = userEvent.setup();
    renderApp('/my-policies/pol-acceptable-use');
    const region = await screen.findByRole('region', { name: 'Text of Acceptable use of IT, version 2.0' });
    await within(region).findByRole('heading', { name: 'Artificial intelligence tools' });
    const button = screen.getByRole('button', { name: 'I have read and will follow this policy' });
    expect(button).toBeDisabled();
    expect(button).toHaveAccessibleDescription(/Scroll to the end of the text/);
    region.scrollTop = 1000;
    fireEvent.scroll(region);
    expect(button).toBeDisabled();
    region.scrollTop = 1600;
    fireEvent.scroll(region);
    await waitFor(() => expect(button).toBeEnabled());
    await user.click(button);
    expect(await screen.findByText(/You acknowledged version 2\.0 on/)).toBeInTheDocument();
    expect(
      await screen.findByText(
        `The text has not changed since: its SHA-256 is ${SEED_TEXT_HASHES['acceptable-use-2'].slice(0, 12)}…, the same as when you acknowledged it.`,
        { exact: false },
      ),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'I have read and will follow this policy' }),
    ).not.toBeInTheDocument();
  });

  it('shows what changed since the version acknowledged', async () => {
    await signInAs('staff');
    renderApp('/my-policies/pol-acceptable-use');
    const changes = await screen.findByRole('region', { name: 'What changed since version 1.0' });
    expect(
      await within(changes).findByRole('region', { name: 'Changes from version 1.0 to version 2.0' }),
    ).toHaveTextContent(/Added:.*Turn on multi-factor authentication/);
  });

  it('offers the current version when the one being read was superseded meanwhile (409)', async () => {
    await signInAs('staff');
    const user = userEvent.setup();
    renderApp('/my-policies/pol-acceptable-use');
    const button = await screen.findByRole('button', { name: 'I have read and will follow this policy' });
    await within(screen.getByRole('region', { name: /^Text of/ })).findByRole('heading', { name: 'Devices' });
    // Meanwhile, an officer publishes 3.0.
    const current = policyVersions.get('pol-acceptable-use-v2.0')!;
    policyVersions.replace({ ...current, status: 'superseded' });
    policyVersions.insert({
      ...current,
      id: 'pol-acceptable-use-v3.0',
      major: 3,
      minor: 0,
      status: 'published',
      text: '# Acceptable use of IT\n\nVersion three.',
      textHash: 'f'.repeat(64),
    });
    await waitFor(() => expect(button).toBeEnabled());
    await user.click(button);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Version 2.0 is no longer current: read version 3.0 and acknowledge that. The current version is shown now.',
    );
    expect(
      await screen.findByRole('region', { name: 'Text of Acceptable use of IT, version 3.0' }),
    ).toBeInTheDocument();
  });
});

describe('a policy’s text', () => {
  it('renders Markdown and no HTML from the text: no script, no image with a handler, no javascript: link', async () => {
    const { container } = await renderWithRouter(
      <PolicyMarkdown
        text={
          '# Title\n\n**bold** text\n\n<script>window.__policyRan = true</script>\n\n<img src="x" onerror="window.__policyRan = true">\n\n[click](javascript:alert(1)) <b onclick="x()">raw</b>'
        }
      />,
    );
    expect(await screen.findByRole('heading', { level: 3, name: 'Title' })).toBeInTheDocument();
    expect(screen.getByText('bold').tagName).toBe('STRONG');
    expect(container.querySelector('script, img, b[onclick]')).toBeNull();
    expect(container.querySelector('a')?.getAttribute('href') ?? '').not.toMatch(/javascript:/i);
    expect((window as { __policyRan?: boolean }).__policyRan).toBeUndefined();
  });

  it('says in words what was added and removed', async () => {
    await renderWithRouter(
      <TextDiff
        before={'Keep it.\nOld rule.\n'}
        after={'Keep it.\nNew rule.\n'}
        beforeLabel="1.0"
        afterLabel="2.0"
      />,
    );
    const region = screen.getByRole('region', { name: 'Changes from 1.0 to 2.0' });
    expect(region).toHaveTextContent(/Removed: Old rule\..*Added: New rule\./);
    expect(within(region).getByText('Old').tagName).toBe('DEL');
    expect(within(region).getByText('New').tagName).toBe('INS');
  });
});

describe('the policy library', () => {
  it('shows the officer every policy with its completion, drafts included', async () => {
    await signInAs('officer');
    renderApp('/policies');
    const table = await screen.findByRole('table', { name: 'Policies' });
    const row = (await within(table).findByRole('link', { name: 'Data protection policy' })).closest('tr')!;
    expect(row).toHaveTextContent(/\d+ of 400 \(\d+%\), \d+ overdue/);
    expect(
      within(table).getByRole('link', { name: 'Customer privacy notice' }).closest('tr'),
    ).toHaveTextContent('Not published');
    expect(screen.getByRole('link', { name: 'Add policy' })).toBeInTheDocument();
  });

  it('shows a manager their team’s completion only, and says what the team is', async () => {
    await signInAs('manager');
    renderApp('/policies/pol-clean-desk');
    expect(
      await screen.findByRole('region', { name: 'Completion in your team (Operations)' }),
    ).toHaveTextContent('Your team is everyone in your department.');
    expect(screen.queryByRole('region', { name: 'History' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /Start a new version|Edit policy/ })).not.toBeInTheDocument();
  });

  it('refuses staff the library', async () => {
    await signInAs('staff');
    renderApp('/policies');
    expect(await screen.findByRole('heading', { name: 'Not permitted' })).toBeInTheDocument();
  });
});

describe('a policy’s page: the people asked', () => {
  it('asks for the people, the policy, its completion and the sites at once, each once, and lists the people', async () => {
    await signInAs('officer');
    const { server } = await import('../../../mocks/node');
    // In the order the mock saw them: each request's start and the moment its answer went back.
    const events: string[] = [];
    const path = (request: Request) => new URL(request.url).pathname;
    const onStart = ({ request }: { request: Request }) => events.push(`start ${path(request)}`);
    const onAnswer = ({ request }: { request: Request }) => events.push(`answer ${path(request)}`);
    server.events.on('request:start', onStart);
    server.events.on('response:mocked', onAnswer);
    onTestFinished(() => {
      server.events.removeListener('request:start', onStart);
      server.events.removeListener('response:mocked', onAnswer);
    });
    renderApp('/policies/pol-data-protection?status=overdue');

    const people = await screen.findByRole('table', { name: 'People asked' });
    // Only the overdue, as the address asks (the rows are named by the person; their status is a cell).
    await waitFor(() => {
      const rows = within(people).getAllByRole('row').slice(1);
      expect(rows.length).toBeGreaterThan(1);
      for (const row of rows) expect(row).toHaveTextContent('Overdue');
    });

    const base = '/api/v1/policies/pol-data-protection';
    const starts = (url: string) => events.filter((event) => event === `start ${url}`).length;
    // The rows did not wait for the policy: both were asked for before either answer came back.
    const firstAnswer = events.findIndex((event) => event.startsWith('answer '));
    const askedFirst = events.slice(0, firstAnswer);
    expect(askedFirst).toEqual(
      expect.arrayContaining([
        `start ${base}`,
        `start ${base}/people`,
        `start ${base}/completion`,
        'start /api/v1/sites',
      ]),
    );
    await waitFor(() => expect(screen.getByRole('region', { name: 'Completion' })).toBeInTheDocument());
    expect(starts(base)).toBe(1);
    expect(starts(`${base}/people`)).toBe(1);
    expect(starts(`${base}/completion`)).toBe(1);
  });
});

describe('publishing', () => {
  it('lists what stops a publish and offers no Publish button until it is put right', async () => {
    await signInAs('officer');
    const draft = policyVersions.get('pol-privacy-notice-v1.0')!;
    policyVersions.replace({ ...draft, text: '' });
    renderApp('/policies/pol-privacy-notice/versions/pol-privacy-notice-v1.0/publish');
    expect(await screen.findByText('This version has no text yet.')).toBeInTheDocument();
    const form = screen.getByRole('region', { name: 'Publish' });
    expect(within(form).getByText(/Put the problems above right first/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Publish version 1.0' })).not.toBeInTheDocument();
    expect(screen.getAllByRole('link', { name: 'Edit the draft' })[0]).toHaveAttribute(
      'href',
      '/policies/pol-privacy-notice/versions/pol-privacy-notice-v1.0/edit',
    );
  });

  it('says the backend’s reason when the draft changed meanwhile, keeping the due date, and lists it above', async () => {
    await signInAs('officer');
    const user = userEvent.setup();
    renderApp('/policies/pol-privacy-notice/versions/pol-privacy-notice-v1.0/publish');
    const due = await screen.findByLabelText(/^Acknowledge by/);
    const chosen = (due as HTMLInputElement).value;
    // Meanwhile, another officer empties the draft's text.
    const draft = policyVersions.get('pol-privacy-notice-v1.0')!;
    policyVersions.replace({ ...draft, text: '' });
    await user.click(screen.getByRole('button', { name: 'Publish version 1.0' }));
    // Listed with the page's own problems, with the way to the draft: no error summary linking to a field
    // this page does not have.
    expect(await screen.findByText('This version has no text yet.')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /Text \(Markdown\)/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Publish version 1.0' })).not.toBeInTheDocument();
    // The due date chosen is kept with the form's draft for when the text is back.
    policyVersions.replace({ ...policyVersions.get('pol-privacy-notice-v1.0')!, text: draft.text });
    await user.click(screen.getAllByRole('link', { name: 'Edit the draft' })[0]!);
    await user.click(await screen.findByRole('button', { name: 'Save draft' }));
    await user.click(await screen.findByRole('link', { name: 'Review and publish 1.0' }));
    expect(await screen.findByLabelText(/^Acknowledge by/)).toHaveValue(chosen);
  });
});

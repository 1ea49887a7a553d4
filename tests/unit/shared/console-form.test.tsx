import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Link, useNavigate } from 'react-router';
import { z } from 'zod';
import { ApiError, type Problem } from '@/shared/api/errors';
import { CheckboxField, CheckboxGroupField } from '@/shared/forms/checkbox-field';
import { ConsoleForm } from '@/shared/forms/console-form';
import { DateField } from '@/shared/forms/date-field';
import { PersonField } from '@/shared/forms/person-field';
import { MultiSelectField, SelectField } from '@/shared/forms/select-field';
import { TextField } from '@/shared/forms/text-field';
import { server } from '../../../mocks/node';
import { recordRequests, renderWithRouter } from '../../setup/render';

// A made-up form: no endpoint of the contract accepts it, so the submit function is the test double (the
// network-level errors are ApiErrors exactly as the api client throws them).
const schema = z.object({
  name: z.string().trim().min(1, 'Enter a name.'),
  email: z.email('Enter an email address like name@example.com.'),
  notes: z.string(),
});
type Values = z.input<typeof schema>;
const labels = { fields: { name: 'Name', email: 'Email', notes: 'Notes' } };
const EMPTY: Values = { name: '', email: '', notes: '' };

function problem(status: number, extra: Partial<Problem> = {}): ApiError {
  return new ApiError(status, { type: 'about:blank', title: 'Failed', status, ...extra });
}

function TestForm({
  onSubmit,
  defaultValues = EMPTY,
  version,
  formKey,
  navigateOnSuccess,
  formSchema = schema,
}: {
  navigateOnSuccess?: string;
  formSchema?: typeof schema;
  onSubmit: (values: Values, context: { version?: number }) => Promise<unknown>;
  defaultValues?: Values;
  version?: number;
  formKey?: string;
}) {
  const navigate = useNavigate();
  return (
    <>
      <Link to="/elsewhere">Somewhere else</Link>
      <ConsoleForm
        schema={formSchema}
        defaultValues={defaultValues}
        onSubmit={onSubmit}
        submitLabel="Save"
        labels={labels}
        version={version}
        formKey={formKey}
        onSuccess={navigateOnSuccess ? () => void navigate(navigateOnSuccess) : undefined}
        aria-label="Test form"
      >
        <TextField name="name" label="Name" required />
        <TextField name="email" label="Email" type="email" helperText="We write to this address." required />
        <TextField name="notes" label="Notes" multiline />
      </ConsoleForm>
    </>
  );
}

const elsewhere = [{ path: '/elsewhere', element: <h1>Elsewhere</h1> }];
const field = (name: string) => screen.getByRole('textbox', { name: new RegExp(`^${name}`) });

describe('ConsoleForm: errors', () => {
  it('summarises problems on a failed submit and focuses the first invalid field', async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn();
    await renderWithRouter(<TestForm onSubmit={onSubmit} />);
    await user.type(field('Email'), 'not-an-email');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('There are 2 problems');
    expect(summary).toHaveTextContent('Name: Enter a name.');
    expect(summary).toHaveTextContent('Email: Enter an email address like name@example.com.');
    await waitFor(() => expect(field('Name')).toHaveFocus());
    expect(field('Name')).toHaveAttribute('aria-invalid', 'true');
    expect(field('Name')).toHaveAccessibleDescription('Enter a name.');
    expect(onSubmit).not.toHaveBeenCalled();

    // The summary's entries take the user to their field.
    await user.click(within(summary).getByRole('button', { name: /Email/ }));
    expect(field('Email')).toHaveFocus();

    // Fixing the fields clears the summary.
    await user.type(field('Name'), 'Ada');
    await user.clear(field('Email'));
    await user.type(field('Email'), 'ada@example.com');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(field('Email')).toHaveAccessibleDescription('We write to this address.');
  });

  it.each([422, 409])('puts the server’s field errors (%i) on their fields', async (status) => {
    const user = userEvent.setup();
    const onSubmit = vi
      .fn()
      .mockRejectedValue(
        problem(status, { errors: [{ field: 'email', message: 'Someone already uses this address.' }] }),
      );
    await renderWithRouter(<TestForm onSubmit={onSubmit} />);
    await user.type(field('Name'), 'Ada');
    await user.type(field('Email'), 'ada@example.com');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(field('Email')).toHaveAttribute('aria-invalid', 'true'));
    expect(field('Email')).toHaveAccessibleDescription('Someone already uses this address.');
    expect(field('Email')).toHaveFocus();
    expect(screen.getByRole('alert')).toHaveTextContent('Email: Someone already uses this address.');
    expect(field('Name')).toHaveValue('Ada');
    expect(field('Name')).not.toHaveAttribute('aria-invalid', 'true');
  });

  it.each([
    [
      'a server error',
      problem(500),
      'The server had a problem. Try again in a moment; if you were saving, nothing was saved.',
    ],
    ['a network failure', problem(0), 'The server could not be reached.'],
  ])('says so on %s and keeps every value', async (_what, error, message) => {
    const user = userEvent.setup();
    const onSubmit = vi.fn().mockRejectedValueOnce(error).mockResolvedValueOnce({ id: '1' });
    await renderWithRouter(<TestForm onSubmit={onSubmit} />);
    await user.type(field('Name'), 'Ada');
    await user.type(field('Email'), 'ada@example.com');
    await user.type(field('Notes'), 'Line one');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(message);
    expect(screen.getByRole('alert')).toHaveTextContent('Nothing you typed is lost.');
    expect(field('Name')).toHaveValue('Ada');
    expect(field('Email')).toHaveValue('ada@example.com');
    expect(field('Notes')).toHaveValue('Line one');

    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument());
    expect(onSubmit).toHaveBeenCalledTimes(2);
  });

  it('keeps the submit button busy while saving, so a double click saves once', async () => {
    const user = userEvent.setup();
    let finish!: () => void;
    const onSubmit = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    // Counts the form's submissions that got as far as validation.
    const validated = vi.fn();
    await renderWithRouter(
      <TestForm
        onSubmit={onSubmit}
        defaultValues={{ name: 'Ada', email: 'ada@example.com', notes: '' }}
        formSchema={schema.superRefine(() => validated())}
      />,
    );
    const save = screen.getByRole('button', { name: 'Save' });
    await user.dblClick(save);
    await waitFor(() => expect(save).toBeDisabled());
    expect(save).toHaveAttribute('aria-busy', 'true');
    expect(validated).toHaveBeenCalledTimes(1);
    // Enter in a field submits the form too; it must not start a second save either. Its values are valid,
    // so once validated it reaches the save, or is turned away there.
    await act(async () => {
      fireEvent.submit(screen.getByRole('form', { name: 'Test form' }));
    });
    await waitFor(() => expect(validated).toHaveBeenCalledTimes(2));
    expect(onSubmit).toHaveBeenCalledTimes(1);
    await act(async () => finish());
    await waitFor(() => expect(save).toBeEnabled());
    expect(onSubmit).toHaveBeenCalledTimes(1);
  });
});

describe('ConsoleForm: 412 conflicts', () => {
  const opened = { name: 'Acme', email: 'privacy@acme.example', notes: 'Annual review' };
  const current = {
    id: 'r1',
    version: 4,
    name: 'Acme',
    email: 'privacy@acme.example',
    notes: 'Moved to quarterly review',
  };

  async function editAndMeetConflict() {
    const user = userEvent.setup();
    const onSubmit = vi
      .fn()
      .mockRejectedValueOnce(problem(412, { detail: 'Stale', current: current as never }))
      .mockResolvedValue(current);
    await renderWithRouter(<TestForm onSubmit={onSubmit} defaultValues={opened} version={3} />);
    await user.clear(field('Name'));
    await user.type(field('Name'), 'Acme Ltd');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const dialog = await screen.findByRole('dialog', { name: 'Someone else changed this record' });
    return { user, onSubmit, dialog };
  }

  it('shows what they changed and what I changed, and reapplies my changes on the new version', async () => {
    const { user, onSubmit, dialog } = await editAndMeetConflict();
    expect(onSubmit).toHaveBeenCalledWith(expect.objectContaining({ name: 'Acme Ltd' }), { version: 3 });

    const rows = within(dialog).getAllByRole('row');
    const notes = rows.find((row) => within(row).queryByRole('rowheader', { name: 'Notes' }))!;
    expect(notes).toHaveTextContent('Annual review');
    expect(notes).toHaveTextContent('Moved to quarterly review');
    const name = rows.find((row) => within(row).queryByRole('rowheader', { name: 'Name' }))!;
    expect(name).toHaveTextContent('Acme Ltd');
    expect(within(dialog).queryByRole('rowheader', { name: 'Email' })).not.toBeInTheDocument();

    await user.click(within(dialog).getByRole('button', { name: 'Reapply my changes' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(field('Name')).toHaveValue('Acme Ltd');
    expect(field('Notes')).toHaveValue('Moved to quarterly review');
    expect(screen.getByText(/Your changes are applied to the latest version/)).toBeInTheDocument();
    // Nothing was saved behind the user's back: they save again, against version 4.
    expect(onSubmit).toHaveBeenCalledTimes(1);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(2));
    expect(onSubmit).toHaveBeenLastCalledWith(
      { name: 'Acme Ltd', email: 'privacy@acme.example', notes: 'Moved to quarterly review' },
      { version: 4 },
    );
  });

  it('takes Escape as the choice that loses nothing: my changes, on the new version', async () => {
    const { user, onSubmit } = await editAndMeetConflict();
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(field('Name')).toHaveValue('Acme Ltd');
    expect(field('Notes')).toHaveValue('Moved to quarterly review');
    expect(screen.getByText(/Your changes are applied to the latest version/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onSubmit).toHaveBeenLastCalledWith(expect.anything(), { version: 4 }));
  });

  it('discards my changes and shows the record as it is now', async () => {
    const { user, onSubmit, dialog } = await editAndMeetConflict();
    await user.click(within(dialog).getByRole('button', { name: 'Discard my changes' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(field('Name')).toHaveValue('Acme');
    expect(field('Notes')).toHaveValue('Moved to quarterly review');
    expect(onSubmit).toHaveBeenCalledTimes(1);
  });
});

describe('ConsoleForm: drafts and leaving', () => {
  it('restores what the user typed after a remount, and forgets it on Discard', async () => {
    const user = userEvent.setup();
    const first = await renderWithRouter(<TestForm onSubmit={vi.fn()} formKey="test.new" />);
    await user.type(field('Name'), 'Half-typed name');
    await waitFor(() =>
      expect(sessionStorage.getItem('poc-draft:p-officer:test.new')).toContain('Half-typed name'),
    );
    first.unmount();

    await renderWithRouter(<TestForm onSubmit={vi.fn()} formKey="test.new" />);
    expect(await screen.findByText('Restored what you typed earlier.')).toBeInTheDocument();
    expect(field('Name')).toHaveValue('Half-typed name');

    await user.click(screen.getByRole('button', { name: 'Discard' }));
    expect(field('Name')).toHaveValue('');
    expect(screen.queryByText('Restored what you typed earlier.')).not.toBeInTheDocument();
    expect(sessionStorage.getItem('poc-draft:p-officer:test.new')).toBeNull();
  });

  it('writes the last keystrokes at once on leaving the page, not a debounce later', async () => {
    const user = userEvent.setup();
    const view = await renderWithRouter(<TestForm onSubmit={vi.fn()} formKey="test.new" />);
    await user.type(field('Name'), 'Typed just now');
    expect(sessionStorage.getItem('poc-draft:p-officer:test.new')).toBeNull();
    view.unmount();
    expect(sessionStorage.getItem('poc-draft:p-officer:test.new')).toContain('Typed just now');
  });

  it('writes the last keystrokes when the tab is hidden or the page is put away', async () => {
    const user = userEvent.setup();
    await renderWithRouter(<TestForm onSubmit={vi.fn()} formKey="test.new" />);
    await user.type(field('Name'), 'Before pagehide');
    act(() => void window.dispatchEvent(new Event('pagehide')));
    expect(sessionStorage.getItem('poc-draft:p-officer:test.new')).toContain('Before pagehide');

    await user.type(field('Email'), 'ada@example.com');
    const visibility = vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    act(() => void document.dispatchEvent(new Event('visibilitychange')));
    expect(sessionStorage.getItem('poc-draft:p-officer:test.new')).toContain('ada@example.com');
    visibility.mockRestore();
  });

  it('keeps drafts per user and clears them on a successful save', async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn().mockResolvedValue({});
    await renderWithRouter(<TestForm onSubmit={onSubmit} formKey="test.new" />, { role: 'manager' });
    await user.type(field('Name'), 'Ada');
    await user.type(field('Email'), 'ada@example.com');
    await waitFor(() =>
      expect(sessionStorage.getItem('poc-draft:p-manager:test.new')).toContain('ada@example.com'),
    );
    // What the form keeps in storage from the save on: the draft's debounced writer must not bring it back.
    const removals = vi.spyOn(Storage.prototype, 'removeItem');
    const writes = vi.spyOn(Storage.prototype, 'setItem');
    const ofDraft = (spy: typeof removals | typeof writes) =>
      spy.mock.calls.filter(([name]) => name === 'poc-draft:p-manager:test.new').length;
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalled());
    await waitFor(() => expect(sessionStorage.getItem('poc-draft:p-manager:test.new')).toBeNull());
    // The save clears the draft, and the writer, woken by the form's reset to what was saved, clears it again.
    await waitFor(() => expect(ofDraft(removals)).toBe(2));
    expect(ofDraft(writes)).toBe(0);
    expect(sessionStorage.getItem('poc-draft:p-manager:test.new')).toBeNull();
  });

  it('asks before leaving with unsaved changes', async () => {
    const user = userEvent.setup();
    const { router } = await renderWithRouter(<TestForm onSubmit={vi.fn()} />, { routes: elsewhere });
    await user.type(field('Name'), 'Ada');
    await user.click(screen.getByRole('link', { name: 'Somewhere else' }));
    const dialog = await screen.findByRole('dialog', { name: 'Leave without saving?' });
    await user.click(within(dialog).getByRole('button', { name: 'Stay on this page' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(router.state.location.pathname).toBe('/');
    expect(field('Name')).toHaveValue('Ada');

    await user.click(screen.getByRole('link', { name: 'Somewhere else' }));
    await user.click(await screen.findByRole('button', { name: 'Discard changes and leave' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/elsewhere'));
  });

  it('closes “Leave without saving?” on Escape, staying on the page with what was typed', async () => {
    const user = userEvent.setup();
    const { router } = await renderWithRouter(<TestForm onSubmit={vi.fn()} />, { routes: elsewhere });
    await user.type(field('Name'), 'Ada');
    await user.click(screen.getByRole('link', { name: 'Somewhere else' }));
    await screen.findByRole('dialog', { name: 'Leave without saving?' });
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(router.state.location.pathname).toBe('/');
    expect(field('Name')).toHaveValue('Ada');
    expect(screen.getByRole('link', { name: 'Somewhere else' })).toHaveFocus();
  });

  it('guards the dirty form even when another form on the page is clean', async () => {
    const user = userEvent.setup();
    const filterSchema = z.object({ from: z.string() });
    const { router } = await renderWithRouter(
      <>
        <TestForm onSubmit={vi.fn()} />
        <ConsoleForm
          schema={filterSchema}
          defaultValues={{ from: '' }}
          onSubmit={async () => undefined}
          submitLabel="Apply filters"
        >
          <TextField name="from" label="From" />
        </ConsoleForm>
      </>,
      { routes: elsewhere },
    );
    await user.type(field('Name'), 'Ada');
    await user.click(screen.getByRole('link', { name: 'Somewhere else' }));
    expect(await screen.findByRole('dialog', { name: 'Leave without saving?' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/');
  });

  it('lets the form navigate away right after a successful save', async () => {
    const user = userEvent.setup();
    const { router } = await renderWithRouter(
      <TestForm onSubmit={vi.fn().mockResolvedValue({})} navigateOnSuccess="/elsewhere" formKey="test.new" />,
      { routes: elsewhere },
    );
    await user.type(field('Name'), 'Ada');
    await user.type(field('Email'), 'ada@example.com');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/elsewhere'));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(sessionStorage.getItem('poc-draft:p-officer:test.new')).toBeNull();
  });

  it('lets a clean form, or a just-saved one, go without asking', async () => {
    const user = userEvent.setup();
    const { router } = await renderWithRouter(<TestForm onSubmit={vi.fn().mockResolvedValue({})} />, {
      routes: elsewhere,
    });
    await user.type(field('Name'), 'Ada');
    await user.type(field('Email'), 'ada@example.com');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Save' })).toBeEnabled());
    await user.click(screen.getByRole('link', { name: 'Somewhere else' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/elsewhere'));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });
});

describe('field components', () => {
  const fieldsSchema = z.object({
    hostId: z.string().min(1, 'Choose the host.'),
    site: z.string().min(1, 'Choose a site.'),
    categories: z.array(z.string()).min(1, 'Choose at least one category.'),
    channels: z.array(z.string()),
    visitDate: z.string().min(1, 'Enter the date of the visit.'),
    agree: z.boolean().refine((value) => value, 'Confirm the visitor was briefed.'),
  });
  type FieldValues = z.input<typeof fieldsSchema>;

  function FieldsForm({
    onSubmit,
    defaultValues,
  }: {
    onSubmit: (values: FieldValues) => Promise<unknown>;
    defaultValues: FieldValues;
  }) {
    return (
      <ConsoleForm schema={fieldsSchema} defaultValues={defaultValues} onSubmit={onSubmit} submitLabel="Save">
        <PersonField name="hostId" label="Host" required />
        <SelectField
          name="site"
          label="Site"
          options={[
            { value: 'site-tor', label: 'Toronto' },
            { value: 'site-dub', label: 'Dublin' },
          ]}
        />
        <CheckboxGroupField
          name="categories"
          label="Data categories"
          options={[
            { value: 'contact', label: 'Contact details' },
            { value: 'health', label: 'Health data' },
          ]}
        />
        <MultiSelectField
          name="channels"
          label="Channels"
          helperText="Where the complaint came in."
          options={[{ value: 'web', label: 'Web' }]}
        />
        <DateField name="visitDate" label="Visit date" />
        <CheckboxField name="agree" label="Visitor briefed" />
      </ConsoleForm>
    );
  }

  const empty: FieldValues = {
    hostId: '',
    site: '',
    categories: [],
    channels: [],
    visitDate: '',
    agree: false,
  };

  it('wires every field’s error to it, and submits the values in their shapes', async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn().mockResolvedValue({});
    await renderWithRouter(<FieldsForm onSubmit={onSubmit} defaultValues={empty} />);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('There are 5 problems');
    const host = screen.getByRole('combobox', { name: /Host/ });
    await waitFor(() => expect(host).toHaveFocus());
    expect(host).toHaveAccessibleDescription('Choose the host.');
    expect(screen.getByRole('combobox', { name: 'Site' })).toHaveAccessibleDescription('Choose a site.');
    expect(screen.getByRole('checkbox', { name: 'Contact details' })).toHaveAccessibleDescription(
      'Choose at least one category.',
    );
    expect(screen.getByLabelText('Visit date')).toHaveAccessibleDescription('Enter the date of the visit.');
    expect(screen.getByRole('checkbox', { name: 'Visitor briefed' })).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('combobox', { name: /Channels/ })).toHaveAccessibleDescription(
      'Where the complaint came in.',
    );

    // The person picker searches the directory and keeps the id.
    await user.type(host, 'oliv');
    await user.click(await screen.findByRole('option', { name: /Olivia Ortiz/ }));
    expect(host).toHaveValue('Olivia Ortiz');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Site' }), 'Dublin');
    await user.click(screen.getByRole('checkbox', { name: 'Health data' }));
    fireEvent.change(screen.getByLabelText('Visit date'), { target: { value: '2026-12-01' } });
    await user.click(screen.getByRole('checkbox', { name: 'Visitor briefed' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(onSubmit).toHaveBeenCalled());
    expect(onSubmit.mock.calls[0]![0]).toEqual({
      hostId: 'p-officer',
      site: 'site-dub',
      categories: ['health'],
      channels: [],
      visitDate: '2026-12-01',
      agree: true,
    });
  });

  it('shows the name of a person the form starts with, and lets the user pick another', async () => {
    const user = userEvent.setup();
    const urls = recordRequests(server);
    const onSubmit = vi.fn().mockResolvedValue({});
    await renderWithRouter(
      <FieldsForm
        onSubmit={onSubmit}
        defaultValues={{
          ...empty,
          hostId: 'p-manager',
          site: 'site-tor',
          categories: ['contact'],
          visitDate: '2026-12-01',
          agree: true,
        }}
      />,
    );
    const host = screen.getByRole('combobox', { name: /Host/ });
    await waitFor(() => expect(host).toHaveValue('Marcus Reid'));
    expect(urls.filter((url) => url.searchParams.get('ids') === 'p-manager')).toHaveLength(1);

    await user.clear(host);
    await user.type(host, 'oliv');
    expect(host).toHaveValue('oliv');
    await user.click(await screen.findByRole('option', { name: /Olivia Ortiz/ }));
    expect(host).toHaveValue('Olivia Ortiz');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalled());
    expect(onSubmit.mock.calls[0]![0]).toMatchObject({ hostId: 'p-officer' });
    // The picked person's name came from the search answer; nothing asked the directory for it again.
    expect(urls.filter((url) => url.searchParams.get('ids') === 'p-officer')).toHaveLength(0);
  });
});

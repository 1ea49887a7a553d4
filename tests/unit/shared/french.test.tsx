// The kit in French: the table, its pager and toolbar, the filter bar, a form's zod and server errors, the
// conflict dialog, masked values and the history panel; and a language switch that keeps what is typed.
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { server } from '../../../mocks/node';
import { api, unwrap } from '@/shared/api/client';
import { createDataTableColumnHelper } from '@/shared/data-table/columns';
import { DataTable } from '@/shared/data-table/data-table';
import { ConflictDialog } from '@/shared/forms/conflict-dialog';
import { ConsoleForm } from '@/shared/forms/console-form';
import { TextField } from '@/shared/forms/text-field';
import { HistoryPanel } from '@/shared/history/history-panel';
import { changeLanguage } from '@/shared/i18n/i18n';
import { sharedMessages } from '@/shared/i18n/shared-messages';
import { ListFilters } from '@/shared/list/list-filters';
import { useListState } from '@/shared/list/use-list-state';
import { MaskedValue } from '@/shared/masked/masked-value';
import { countryName, COUNTRY_OPTIONS } from '@/shared/model/countries';
import { ROLE_LABELS } from '@/shared/auth/permissions';
import type { Person } from '@/shared/people/people-queries';
import { NotFoundPage } from '@/shared/ui/status-pages';
import { renderWithRouter } from '../../setup/render';

/** French puts a (non-breaking) space before a colon and inside « »; Intl groups thousands with one too. */
const spaced = (text: string) => new RegExp(text.replace(/ /g, '[\\s\\u00a0\\u202f]'));

const col = createDataTableColumnHelper<Person>();
// Headers declared at module level are references, said in the language active as the table renders.
const columns = col.columns([
  col.accessor('name', { header: sharedMessages.ref('conflict.column.field') }),
  col.accessor('department', { header: 'Service' }),
]);

function PeopleTable() {
  const list = useListState('people-fr', { defaultSort: 'name', defaultPageSize: 10, filterKeys: [] });
  const query = useQuery({
    queryKey: ['people-fr', list.params],
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/people', { params: { query: list.params as { page: number } } })),
    placeholderData: keepPreviousData,
  });
  return (
    <DataTable
      tableId="people-fr"
      label="Personnes"
      columns={columns}
      query={query}
      listState={list}
      getRowId={(person) => person.id}
      rowLabel={(person) => person.name}
      enableRowSelection
    />
  );
}

describe('the kit in French', () => {
  beforeEach(async () => {
    await changeLanguage('fr');
  });

  it('shows the table, its toolbar, selection and pager in French', async () => {
    const user = userEvent.setup();
    await renderWithRouter(<PeopleTable />);
    const table = await screen.findByRole('table', { name: 'Personnes' });
    await waitFor(() => expect(within(table).getAllByRole('row').length).toBeGreaterThan(2));
    expect(within(table).getByRole('columnheader', { name: 'Champ' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Colonnes' })).toBeInTheDocument();
    const density = screen.getByRole('group', { name: 'Densité des lignes' });
    expect(within(density).getByRole('button', { name: 'Compacte' })).toBeInTheDocument();
    expect(screen.getByText(spaced('Lignes par page :'))).toBeInTheDocument();
    expect(screen.getByText(spaced('1–10 sur \\d+'))).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Aller à la page suivante' })).toBeEnabled();
    expect(screen.getByRole('button', { name: 'Aller à la page précédente' })).toBeDisabled();

    await user.click(screen.getByRole('checkbox', { name: 'Sélectionner toutes les lignes de cette page' }));
    const bulk = screen.getByRole('region', { name: 'Actions groupées' });
    expect(within(bulk).getByText('10 lignes sélectionnées')).toBeInTheDocument();
    expect(within(bulk).getByRole('button', { name: 'Effacer la sélection' })).toBeInTheDocument();
  });

  it('says an empty list and a failed load in French', async () => {
    server.use(http.get('*/api/v1/people', () => HttpResponse.error()));
    await renderWithRouter(<PeopleTable />);
    expect(await screen.findByText(/Impossible de charger la liste\./)).toHaveTextContent(
      'Le serveur est injoignable. Vérifiez votre connexion et réessayez.',
    );
    expect(screen.getByRole('button', { name: 'Réessayer' })).toBeInTheDocument();
  });

  it('shows the filter bar with its buttons and a zod message in French', async () => {
    const user = userEvent.setup();
    const setFilters = vi.fn();
    await renderWithRouter(
      <ListFilters
        filters={[{ kind: 'search', field: 'q', label: sharedMessages.ref('masked.reason') }]}
        applied={{}}
        setFilters={setFilters}
        reset={() => undefined}
        aria-label="Filtres"
      />,
    );
    const search = await screen.findByRole('searchbox', { name: 'Raison' });
    await user.click(search);
    await user.paste('x'.repeat(201));
    await user.click(screen.getByRole('button', { name: 'Rechercher' }));
    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('Il y a un problème');
    expect(summary).toHaveTextContent(spaced('Raison : Limitez ce texte à 200 caractères.'));
    expect(setFilters).not.toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'Effacer les filtres' })).toBeInTheDocument();
  });

  it('says a zod message and the mock backend’s own field message in French', async () => {
    const user = userEvent.setup();
    const schema = z.object({
      email: z.string().trim().min(1, sharedMessages.ref('validation.chooseCountry')),
      password: z.string(),
    });
    await renderWithRouter(
      <ConsoleForm
        schema={schema}
        defaultValues={{ email: '', password: '' }}
        labels={{ fields: { email: 'Courriel', password: 'Mot de passe' } }}
        submitLabel={sharedMessages.ref('action.search')}
        // Sends what the form holds: the mock answers in the request's Accept-Language.
        onSubmit={async () =>
          unwrap(await api.POST('/api/v1/session', { body: { email: ' ', password: '' } }))
        }
      >
        <TextField name="email" label="Courriel" />
        <TextField name="password" label="Mot de passe" />
      </ConsoleForm>,
      { role: null },
    );
    await user.click(screen.getByRole('button', { name: 'Rechercher' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(spaced('Courriel : Choisissez un pays.'));

    await user.type(screen.getByRole('textbox', { name: 'Courriel' }), 'x');
    await user.click(screen.getByRole('button', { name: 'Rechercher' }));
    // The mock's 422 names the email and the password, each in French.
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('Il y a 2 problèmes'));
    expect(screen.getByRole('alert')).toHaveTextContent(spaced('Courriel : Entrez votre adresse courriel.'));
    expect(screen.getByRole('textbox', { name: 'Mot de passe' })).toHaveAccessibleDescription(
      'Entrez votre mot de passe.',
    );
  });

  it('says an outage in French and keeps the values', async () => {
    const user = userEvent.setup();
    const schema = z.object({ name: z.string() });
    await renderWithRouter(
      <ConsoleForm
        schema={schema}
        defaultValues={{ name: '' }}
        submitLabel="Enregistrer"
        onSubmit={async () => unwrap(await api.GET('/api/v1/session'))}
      >
        <TextField name="name" label="Nom" />
      </ConsoleForm>,
      { role: null },
    );
    await user.type(screen.getByRole('textbox', { name: 'Nom' }), 'Nora');
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Votre session a pris fin. Reconnectez-vous pour continuer. Rien de ce que vous avez saisi n’est perdu.',
    );
    expect(screen.getByRole('textbox', { name: 'Nom' })).toHaveValue('Nora');
  });

  it('shows the conflict dialog in French', async () => {
    await renderWithRouter(
      <ConflictDialog
        open
        summary={{
          base: { name: 'A', notes: null },
          current: { name: 'B', notes: null },
          mine: { name: 'C', notes: 'Mes notes' },
          theirFields: ['name'],
          myFields: ['name', 'notes'],
          clashing: ['name'],
        }}
        labels={{ fields: { name: 'Nom', notes: 'Notes' } }}
        onReapply={() => undefined}
        onDiscard={() => undefined}
      />,
      { role: null },
    );
    const dialog = screen.getByRole('dialog', { name: 'Quelqu’un d’autre a modifié cette fiche' });
    expect(dialog).toHaveAccessibleDescription(
      spaced('Vous avez tous deux modifié Nom ; si vous réappliquez vos modifications'),
    );
    const table = within(dialog).getByRole('table', { name: 'Modifications de cette fiche' });
    expect(within(table).getByRole('columnheader', { name: 'À l’ouverture' })).toBeInTheDocument();
    expect(within(table).getByRole('columnheader', { name: 'Votre modification' })).toBeInTheDocument();
    expect(within(table).getByText('inchangé')).toBeInTheDocument();
    expect(within(table).getByText('(vide)')).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Réappliquer mes modifications' })).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Abandonner mes modifications' })).toBeInTheDocument();
  });

  it('shows a masked value and the mock’s refusal in French', async () => {
    const user = userEvent.setup();
    await renderWithRouter(
      <MaskedValue entityType="nothing" entityId="x" field="secret" masked="•••" fieldLabel="secret" />,
    );
    await user.click(screen.getByRole('button', { name: spaced('Afficher « secret »') }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      spaced('« secret » ne peut pas être affiché.'),
    );
  });

  it('asks for a reason in French', async () => {
    const user = userEvent.setup();
    await renderWithRouter(
      <MaskedValue
        entityType="visit"
        entityId="visit-past-2"
        field="contact"
        masked="j•••@example.com"
        fieldLabel="courriel"
        askReason
      />,
    );
    await user.click(screen.getByRole('button', { name: spaced('Afficher « courriel »') }));
    const dialog = await screen.findByRole('dialog', { name: spaced('Afficher « courriel » \\?') });
    await user.click(within(dialog).getByRole('button', { name: 'Afficher' }));
    expect(within(dialog).getByRole('textbox', { name: 'Raison' })).toHaveAccessibleDescription(
      'Dites pourquoi vous devez la voir.',
    );
    expect(within(dialog).getByRole('button', { name: 'Annuler' })).toBeInTheDocument();
  });

  it('shows the history in French: actions, who and the changed fields', async () => {
    server.use(
      http.get('*/api/v1/audit-events', () =>
        HttpResponse.json({
          items: [
            {
              id: 'audit-1',
              at: '2026-11-20T09:30:00.000Z',
              actor: { id: 'p-officer', name: 'Olivia Ortiz' },
              action: 'update',
              entityType: 'processor',
              entityId: 'proc-1',
              summary: 'Fiche modifiée',
              changes: [{ field: 'notes', from: null, to: 'Audit prévu' }],
            },
          ],
          total: 1,
          page: 1,
          pageSize: 10,
        }),
      ),
    );
    await renderWithRouter(
      <HistoryPanel entityType="processor" entityId="proc-1" labels={{ fields: { notes: 'Notes' } }} />,
    );
    const panel = screen.getByRole('region', { name: 'Historique' });
    const list = await within(panel).findByRole('list', {
      name: 'Historique, du plus récent au plus ancien',
    });
    const entry = within(list).getAllByRole('listitem')[0]!;
    expect(entry).toHaveTextContent(/Modification par Olivia Ortiz · 2026-11-20/);
    expect(entry).toHaveTextContent(spaced('Notes : \\(vide\\) → Audit prévu'));
  });

  it('names roles, countries and a missing page in French', async () => {
    expect(ROLE_LABELS.security_desk).toBe('Poste de sécurité');
    expect(countryName('US')).toBe('États-Unis');
    expect(COUNTRY_OPTIONS.find((option) => option.value === 'DE')?.label).toBe('Allemagne');
    await renderWithRouter(<NotFoundPage />, { role: null });
    expect(screen.getByRole('heading', { level: 1, name: 'Page introuvable' })).toBeInTheDocument();
    expect(document.title).toMatch(/^Page introuvable · /);
  });
});

describe('a language switch in a form', () => {
  it('keeps what is typed and says the labels in the new language', async () => {
    const user = userEvent.setup();
    const schema = z.object({
      reason: z.string(),
      country: z.string().min(1, sharedMessages.ref('validation.chooseCountry')),
    });
    await renderWithRouter(
      <ConsoleForm
        schema={schema}
        defaultValues={{ reason: '', country: '' }}
        formKey="switch-test"
        submitLabel={sharedMessages.ref('action.search')}
        onSubmit={async () => undefined}
      >
        <TextField name="reason" label={sharedMessages.ref('masked.reason')} />
        <TextField name="country" label="Country" />
      </ConsoleForm>,
    );
    await user.click(screen.getByRole('button', { name: 'Search' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Choose a country.');
    await user.type(screen.getByRole('textbox', { name: 'Reason' }), 'Lost badge');

    await act(() => changeLanguage('fr'));
    expect(screen.getByRole('textbox', { name: 'Raison' })).toHaveValue('Lost badge');
    expect(screen.getByRole('button', { name: 'Rechercher' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('Choisissez un pays.');

    await act(() => changeLanguage('en'));
    expect(screen.getByRole('textbox', { name: 'Reason' })).toHaveValue('Lost badge');
  });
});

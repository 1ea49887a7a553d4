import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import Button from '@mui/material/Button';
import { server } from '../../../mocks/node';
import { api, unwrap } from '@/shared/api/client';
import { createDataTableColumnHelper } from '@/shared/data-table/columns';
import { DataTable } from '@/shared/data-table/data-table';
import { ExportButton } from '@/shared/data-table/export-button';
import { useListState } from '@/shared/list/use-list-state';
import type { Person } from '@/shared/people/people-queries';
import { recordRequests, renderWithRouter } from '../../setup/render';

const col = createDataTableColumnHelper<Person>();
const columns = col.columns([
  col.accessor('name', { header: 'Name' }),
  col.accessor('department', { header: 'Department' }),
  col.accessor('email', { header: 'Email', enableSorting: false, meta: { defaultHidden: true } }),
]);

interface Props {
  onOpen?: (person: Person) => void;
  onCheckOut?: (person: Person) => void;
  selectable?: boolean;
}

function PeopleList({ onOpen = () => undefined, onCheckOut, selectable }: Props) {
  const list = useListState('people-test', {
    defaultSort: 'name',
    defaultPageSize: 10,
    filterKeys: ['department'],
    privateKeys: ['q'],
  });
  const query = useQuery({
    queryKey: ['people-test', list.params],
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/people', { params: { query: list.params as { page: number } } })),
    placeholderData: keepPreviousData,
  });
  return (
    <DataTable
      tableId="people-test"
      label="People"
      columns={columns}
      query={query}
      listState={list}
      getRowId={(person) => person.id}
      rowLabel={(person) => person.name}
      onRowOpen={onOpen}
      enableRowSelection={selectable}
      bulkActions={(ids) => (
        <Button onClick={() => onCheckOut?.({ id: ids.join(',') } as Person)}>Bulk check out</Button>
      )}
      rowActions={
        onCheckOut ? (person) => <Button onClick={() => onCheckOut(person)}>Check out</Button> : undefined
      }
      emptyState={{
        message: 'No one matches these filters.',
        action: <Button onClick={() => list.reset()}>Clear filters</Button>,
      }}
      errorWhat="people"
      toolbar={
        <>
          <input
            aria-label="Search by name"
            value={list.filters.q ?? ''}
            onChange={(event) => list.setFilter('q', event.target.value)}
          />
          <select
            aria-label="Department"
            value={list.filters.department ?? ''}
            onChange={(event) => list.setFilter('department', event.target.value)}
          >
            <option value="">Any</option>
            <option value="Security">Security</option>
          </select>
        </>
      }
    />
  );
}

const bodyRows = () => within(screen.getAllByRole('rowgroup')[1]!).queryAllByRole('row');
const peopleRequests = (urls: URL[]) => urls.filter((url) => url.pathname === '/api/v1/people');

describe('DataTable with list state in the URL', () => {
  it('shows a page of rows with real table semantics and the total', async () => {
    await renderWithRouter(<PeopleList />);
    const table = await screen.findByRole('table', { name: 'People' });
    await waitFor(() => expect(bodyRows()).toHaveLength(10));
    const nameHeader = within(table).getByRole('columnheader', { name: /Name/ });
    expect(nameHeader).toHaveAttribute('scope', 'col');
    expect(nameHeader).toHaveAttribute('aria-sort', 'ascending');
    expect(within(table).getByRole('columnheader', { name: /Department/ })).not.toHaveAttribute('aria-sort');
    // Email is hidden by default (column meta), until the user shows it.
    expect(within(table).queryByRole('columnheader', { name: 'Email' })).not.toBeInTheDocument();
    expect(screen.getByText(/1–10 of 400/)).toBeInTheDocument();
  });

  it('sorts from the keyboard: Enter on a header button changes aria-sort, the URL and the request', async () => {
    const user = userEvent.setup();
    const urls = recordRequests(server);
    const { router } = await renderWithRouter(<PeopleList />);
    await waitFor(() => expect(bodyRows()).toHaveLength(10));

    const sortButton = screen.getByRole('button', { name: 'Department' });
    sortButton.focus();
    expect(sortButton).toHaveFocus();
    await user.keyboard('{Enter}');
    const header = screen.getByRole('columnheader', { name: /Department/ });
    await waitFor(() => expect(header).toHaveAttribute('aria-sort', 'ascending'));
    expect(screen.getByRole('columnheader', { name: /Name/ })).not.toHaveAttribute('aria-sort');
    expect(router.state.location.search).toBe('?sort=department');
    await waitFor(() => expect(peopleRequests(urls).at(-1)?.searchParams.get('sort')).toBe('department'));

    await user.keyboard('{Enter}');
    await waitFor(() => expect(header).toHaveAttribute('aria-sort', 'descending'));
    expect(router.state.location.search).toBe('?sort=-department');
    await waitFor(() => expect(peopleRequests(urls).at(-1)?.searchParams.get('sort')).toBe('-department'));

    // The back button reproduces the previous view.
    await act(() => router.navigate(-1));
    await waitFor(() => expect(header).toHaveAttribute('aria-sort', 'ascending'));
  });

  it('puts page, page size and filters in the URL, and restores a view from a shared link', async () => {
    const user = userEvent.setup();
    const urls = recordRequests(server);
    const { router } = await renderWithRouter(<PeopleList />);
    await waitFor(() => expect(bodyRows()).toHaveLength(10));

    await user.click(screen.getByRole('button', { name: 'Go to next page' }));
    await waitFor(() => expect(router.state.location.search).toBe('?page=2'));
    await waitFor(() => expect(screen.getByText(/11–20 of 400/)).toBeInTheDocument());

    await user.selectOptions(screen.getByRole('combobox', { name: 'Department' }), 'Security');
    // A new filter starts again at page 1.
    expect(new URLSearchParams(router.state.location.search).get('department')).toBe('Security');
    expect(new URLSearchParams(router.state.location.search).get('page')).toBeNull();
    await waitFor(() => expect(peopleRequests(urls).at(-1)?.searchParams.get('department')).toBe('Security'));
  });

  it('opens a shared link at the view it describes', async () => {
    const urls = recordRequests(server);
    await renderWithRouter(<PeopleList />, { url: '/?page=3&pageSize=25&sort=-name' });
    await waitFor(() => expect(screen.getByText(/51–75 of 400/)).toBeInTheDocument());
    expect(screen.getByRole('columnheader', { name: /Name/ })).toHaveAttribute('aria-sort', 'descending');
    const asked = peopleRequests(urls).at(-1)!;
    expect(Object.fromEntries(asked.searchParams)).toMatchObject({
      page: '3',
      pageSize: '25',
      sort: '-name',
    });
  });

  it('moves a page past the end (an old link) to the last page', async () => {
    const { router } = await renderWithRouter(<PeopleList />, { url: '/?page=99' });
    // 400 people in the demo seed (issue 15 appended 244 after the first 156).
    await waitFor(() => expect(router.state.location.search).toBe('?page=40'));
    await waitFor(() => expect(bodyRows()).toHaveLength(10));
    expect(screen.getByText(/391–400 of 400/)).toBeInTheDocument();
  });

  it('keeps private search text out of the URL but sends it to the server', async () => {
    const user = userEvent.setup();
    const urls = recordRequests(server);
    const { router } = await renderWithRouter(<PeopleList />);
    await waitFor(() => expect(bodyRows()).toHaveLength(10));
    await user.type(screen.getByRole('textbox', { name: 'Search by name' }), 'olivia');
    await waitFor(() => expect(peopleRequests(urls).at(-1)?.searchParams.get('q')).toBe('olivia'));
    await waitFor(() => expect(screen.getByRole('row', { name: 'Olivia Ortiz' })).toBeInTheDocument());
    expect(router.state.location.search).not.toContain('olivia');
    expect(router.state.location.search).not.toContain('q=');
    expect(router.state.location.state ?? '').not.toContain?.('olivia');
  });

  it('takes a private key out of a pasted URL at once', async () => {
    const urls = recordRequests(server);
    const { router } = await renderWithRouter(<PeopleList />, { url: '/?q=olivia&sort=-name' });
    await waitFor(() => expect(router.state.location.search).toBe('?sort=-name'));
    await waitFor(() => expect(screen.getByRole('row', { name: 'Olivia Ortiz' })).toBeInTheDocument());
    expect(peopleRequests(urls).every((url) => url.searchParams.get('q') === 'olivia')).toBe(true);
    expect(screen.getByRole('textbox', { name: 'Search by name' })).toHaveValue('olivia');
  });

  it('shows the empty state with the feature’s message and action', async () => {
    const user = userEvent.setup();
    await renderWithRouter(<PeopleList />);
    await waitFor(() => expect(bodyRows()).toHaveLength(10));
    await user.type(screen.getByRole('textbox', { name: 'Search by name' }), 'zzzz-nobody');
    expect(await screen.findByText('No one matches these filters.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(bodyRows()).toHaveLength(10));
  });
});

describe('DataTable interaction', () => {
  it('opens a row on click and on Enter, and moves focus with the arrow keys', async () => {
    const user = userEvent.setup();
    const onOpen = vi.fn();
    await renderWithRouter(<PeopleList onOpen={onOpen} />);
    await waitFor(() => expect(bodyRows()).toHaveLength(10));
    const [first, second] = bodyRows();
    expect(first).toHaveAttribute('tabindex', '0');

    await user.click(within(first!).getAllByRole('cell')[0]!);
    expect(onOpen).toHaveBeenCalledTimes(1);

    first!.focus();
    await user.keyboard('{ArrowDown}');
    expect(second).toHaveFocus();
    await user.keyboard('{ArrowUp}');
    expect(first).toHaveFocus();
    await user.keyboard('{ArrowDown}{Enter}');
    expect(onOpen).toHaveBeenCalledTimes(2);
    expect(onOpen.mock.calls[1]![0]).toMatchObject({ name: second!.getAttribute('aria-label') });
  });

  it('runs a row action without opening the row', async () => {
    const user = userEvent.setup();
    const onOpen = vi.fn();
    const onCheckOut = vi.fn();
    await renderWithRouter(<PeopleList onOpen={onOpen} onCheckOut={onCheckOut} />);
    await waitFor(() => expect(bodyRows()).toHaveLength(10));
    const row = bodyRows()[0]!;
    await user.click(within(row).getByRole('button', { name: 'Check out' }));
    expect(onCheckOut).toHaveBeenCalledTimes(1);
    within(row).getByRole('button', { name: 'Check out' }).focus();
    await user.keyboard('{Enter}');
    expect(onCheckOut).toHaveBeenCalledTimes(2);
    expect(onOpen).not.toHaveBeenCalled();
  });

  it('selects rows for a bulk action without opening them', async () => {
    const user = userEvent.setup();
    const onOpen = vi.fn();
    const onCheckOut = vi.fn();
    await renderWithRouter(<PeopleList onOpen={onOpen} onCheckOut={onCheckOut} selectable />);
    await waitFor(() => expect(bodyRows()).toHaveLength(10));
    const firstRow = bodyRows()[0]!;
    const firstName = firstRow.getAttribute('aria-label')!;
    await user.click(within(firstRow).getByRole('checkbox', { name: `Select ${firstName}` }));
    expect(onOpen).not.toHaveBeenCalled();
    const bulk = screen.getByRole('region', { name: 'Bulk actions' });
    expect(bulk).toHaveTextContent('1 selected');
    await user.click(within(bulk).getByRole('button', { name: 'Bulk check out' }));
    expect(onCheckOut).toHaveBeenCalledTimes(1);
    expect(onCheckOut.mock.calls[0]![0].id).toMatch(/^p-/);
    await user.click(screen.getByRole('checkbox', { name: 'Select all rows on this page' }));
    expect(bulk).toHaveTextContent('10 selected');
  });

  it('remembers shown columns and density per user in localStorage, without personal data', async () => {
    const user = userEvent.setup();
    const first = await renderWithRouter(<PeopleList />);
    await waitFor(() => expect(bodyRows()).toHaveLength(10));
    await user.click(screen.getByRole('button', { name: 'Columns' }));
    await user.click(screen.getByRole('menuitemcheckbox', { name: 'Email' }));
    await user.keyboard('{Escape}');
    await user.click(screen.getByRole('button', { name: 'Compact' }));
    expect(screen.getByRole('columnheader', { name: 'Email' })).toBeInTheDocument();
    first.unmount();

    await renderWithRouter(<PeopleList />);
    await waitFor(() => expect(bodyRows()).toHaveLength(10));
    expect(screen.getByRole('columnheader', { name: 'Email' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Compact' })).toHaveAttribute('aria-pressed', 'true');
    const stored = Object.entries(localStorage);
    expect(stored.map(([key]) => key)).toContain('poc-table:p-officer:people-test');
    expect(JSON.stringify(stored)).not.toMatch(/@example\.com|Olivia/);
  });

  it('says when loading failed, keeps the page usable and retries', async () => {
    const user = userEvent.setup();
    server.use(
      http.get('*/api/v1/people', () =>
        HttpResponse.json(
          { type: 'about:blank', title: 'Boom', status: 503 },
          { status: 503, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    await renderWithRouter(<PeopleList />);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not load people.');
    server.resetHandlers();
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(bodyRows()).toHaveLength(10));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('keeps the previous rows with a progress bar while the next page loads', async () => {
    const user = userEvent.setup();
    await renderWithRouter(<PeopleList />);
    await waitFor(() => expect(bodyRows()).toHaveLength(10));
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    server.use(
      http.get('*/api/v1/people', async () => {
        await gate;
        return HttpResponse.json({ items: [], total: 160, page: 2, pageSize: 10 });
      }),
    );
    const before = bodyRows()[0]!.getAttribute('aria-label');
    await user.click(screen.getByRole('button', { name: 'Go to next page' }));
    expect(await screen.findByRole('progressbar', { name: 'Loading People' })).toBeInTheDocument();
    expect(bodyRows()[0]).toHaveAttribute('aria-label', before);
    release();
    await waitFor(() => expect(screen.queryByRole('progressbar')).not.toBeInTheDocument());
  });

  it('virtualises a long page: few rows in the DOM, still a table', async () => {
    const many = Array.from({ length: 500 }, (_, index) => ({
      id: `p-${index}`,
      name: `Person ${String(index).padStart(3, '0')}`,
      email: `person${index}@example.com`,
      department: 'Ops',
      siteId: 'site-tor',
    }));
    server.use(
      http.get('*/api/v1/people', ({ request }) => {
        const url = new URL(request.url);
        const pageSize = Number(url.searchParams.get('pageSize'));
        return HttpResponse.json({ items: many.slice(0, pageSize), total: many.length, page: 1, pageSize });
      }),
    );
    // jsdom has no layout: give the scroll container a browser-like viewport, and let scrollTo scroll.
    vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(720);
    vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(1024);
    vi.spyOn(Element.prototype, 'scrollHeight', 'get').mockReturnValue(500 * 53 + 60);
    const scrolled = new WeakMap<Element, number>();
    vi.spyOn(Element.prototype, 'scrollTop', 'get').mockImplementation(function (this: Element) {
      return scrolled.get(this) ?? 0;
    });
    Element.prototype.scrollTo = function scrollTo(this: Element, options?: ScrollToOptions | number) {
      scrolled.set(this, typeof options === 'number' ? options : (options?.top ?? 0));
      this.dispatchEvent(new Event('scroll'));
    } as Element['scrollTo'];
    const user = userEvent.setup();
    await renderWithRouter(<PeopleList />, { url: '/?pageSize=500' });
    const table = await screen.findByRole('table', { name: 'People' });
    await waitFor(() => expect(screen.getByText(/1–500 of 500/)).toBeInTheDocument());
    await waitFor(() => expect(screen.getByRole('row', { name: 'Person 000' })).toBeInTheDocument());
    const rendered = within(table).getAllByRole('row');
    expect(rendered.length).toBeLessThanOrEqual(61);
    expect(table).toHaveAttribute('aria-rowcount', '501');
    // Arrow keys reach rows that were not rendered yet.
    screen.getByRole('row', { name: 'Person 000' }).focus();
    await user.keyboard('{End}');
    await waitFor(() => expect(screen.getByRole('row', { name: 'Person 499' })).toHaveFocus());
  });
});

describe('ExportButton', () => {
  it('fetches every page, shows progress and downloads a CSV', async () => {
    const user = userEvent.setup();
    const created: Blob[] = [];
    const createObjectURL = vi.fn((blob: Blob) => {
      created.push(blob);
      return 'blob:export';
    });
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const fetchPage = vi.fn(async (page: number, pageSize: number) => {
      if (page === 2) await gate;
      const items = Array.from({ length: page === 1 ? 1000 : 200 }, (_, index) => ({
        name: index === 0 ? `=x${page}` : `n${index}`,
      }));
      return { items, total: 1200, page, pageSize };
    });
    await renderWithRouter(
      <ExportButton
        fetchPage={fetchPage}
        columns={[{ header: 'Name', value: (row: { name: string }) => row.name }]}
        fileName="people.csv"
      />,
    );
    await user.click(screen.getByRole('button', { name: 'Export CSV' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Exporting 1,000 of 1,200');
    release();
    await waitFor(() => expect(click).toHaveBeenCalled());
    expect(fetchPage.mock.calls).toEqual([
      [1, 1000],
      [2, 1000],
    ]);
    const bytes = new Uint8Array(await created[0]!.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // BOM, so Excel reads UTF-8
    const text = await created[0]!.text();
    expect(text.split('\r\n')[0]).toBe('Name');
    expect(text).toContain("\r\n'=x1\r\n");
    expect(text.trimEnd().split('\r\n')).toHaveLength(1201);
    expect(screen.getByRole('button', { name: 'Export CSV' })).toBeEnabled();
  });
});

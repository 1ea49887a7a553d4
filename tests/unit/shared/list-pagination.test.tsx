import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ListPagination } from '@/shared/data-table/list-pagination';
import { LanguageProvider } from '@/shared/i18n/language-provider';

function renderPager(page: number, total = 100_000) {
  const onStep = vi.fn();
  const onPageSize = vi.fn();
  render(
    <LanguageProvider>
      <ListPagination
        total={total}
        page={page}
        pageSize={25}
        pageSizeOptions={[10, 25, 50]}
        onStep={onStep}
        onPageSize={onPageSize}
      />
    </LanguageProvider>,
  );
  return { onStep, onPageSize };
}

describe('the list pager', () => {
  it('says which rows are shown out of how many, and offers the page sizes', async () => {
    const { onPageSize } = renderPager(3);
    expect(screen.getByText('51–75 of 100,000')).toBeInTheDocument();
    await userEvent.selectOptions(screen.getByLabelText('Rows per page:'), '50');
    expect(onPageSize).toHaveBeenCalledWith(50);
    expect(screen.getByRole('button', { name: 'Go to previous page' })).toBeEnabled();
  });

  it('cannot go back from the first page or on from the last', () => {
    renderPager(1, 40);
    expect(screen.getByText('1–25 of 40')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Go to previous page' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Go to next page' })).toBeEnabled();
  });

  it('shows the last page for a page past the end (an old link), and steps back from it', async () => {
    const { onStep } = renderPager(9, 40);
    expect(screen.getByText('26–40 of 40')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Go to next page' })).toBeDisabled();
    await userEvent.click(screen.getByRole('button', { name: 'Go to previous page' }));
    // From page 9 asked for to page 1, the one before the last page shown.
    expect(onStep).toHaveBeenCalledWith(-8);
  });

  it('shows nothing to page through for an empty list', () => {
    renderPager(1, 0);
    expect(screen.getByText('0–0 of 0')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Go to next page' })).toBeDisabled();
  });
});

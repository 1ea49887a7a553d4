import { act, render, screen } from '@testing-library/react';
import { AfterPrimaryContent } from '@/shared/ui/after-primary-content';

describe('AfterPrimaryContent', () => {
  it('holds secondary content back until the primary content is shown, then renders it a frame later', async () => {
    // The clock is the test's: nothing but the primary content's arrival may bring the content in before
    // the one-second fallback.
    vi.useFakeTimers();
    const view = render(
      <AfterPrimaryContent primaryShown={false} minHeight={100}>
        <p>Filters</p>
      </AfterPrimaryContent>,
    );
    await act(() => vi.advanceTimersByTimeAsync(999));
    expect(screen.queryByText('Filters')).toBeNull();
    vi.useRealTimers();
    view.rerender(
      <AfterPrimaryContent primaryShown minHeight={100}>
        <p>Filters</p>
      </AfterPrimaryContent>,
    );
    expect(screen.queryByText('Filters')).toBeNull();
    expect(await screen.findByText('Filters')).toBeInTheDocument();
  });

  it('shows the secondary content within a second even if the primary never arrives', async () => {
    render(
      <AfterPrimaryContent primaryShown={false} minHeight={100}>
        <p>Filters</p>
      </AfterPrimaryContent>,
    );
    expect(await screen.findByText('Filters', undefined, { timeout: 2000 })).toBeInTheDocument();
  });
});

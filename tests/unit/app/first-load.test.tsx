// A direct load of a page: a sign of loading at once (the router's HydrateFallback), and no warning about
// a missing one in the console.
import { screen } from '@testing-library/react';
import { renderApp, signInAs } from '../../setup/render';

describe('a direct load', () => {
  it('shows a loading state before the page’s code is in, and warns of nothing', async () => {
    const warnings = vi.spyOn(console, 'warn');
    await signInAs('officer');
    renderApp('/processors');
    expect(screen.getByRole('progressbar', { name: 'Loading the console' })).toBeInTheDocument();
    expect(await screen.findByRole('heading', { level: 1, name: 'Processors' })).toBeInTheDocument();
    expect(warnings.mock.calls.flat().join('\n')).not.toMatch(/HydrateFallback/);
  });
});

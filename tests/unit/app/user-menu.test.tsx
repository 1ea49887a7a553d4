// "Reset demo data" replaces everything created in this browser: it asks first.
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { registerMockControls, type MockControls } from '@/shared/mock-controls';
import { renderApp, signInAs } from '../../setup/render';

describe('the account menu’s Reset demo data', () => {
  let resetDemoData: ReturnType<typeof vi.fn<MockControls['resetDemoData']>>;
  beforeEach(() => {
    resetDemoData = vi.fn<MockControls['resetDemoData']>(() => Promise.resolve());
    registerMockControls({ resetDemoData });
  });
  afterEach(() => registerMockControls(undefined as unknown as MockControls));

  it('asks first; Escape cancels and puts focus back on the menu button; Reset resets', async () => {
    await signInAs('staff');
    const user = userEvent.setup();
    renderApp('/home');
    const menuButton = await screen.findByRole('button', { name: /Account menu/ });
    await user.click(menuButton);
    await user.click(await screen.findByRole('menuitem', { name: 'Reset demo data' }));
    const dialog = await screen.findByRole('dialog', { name: 'Reset the demo data?' });
    expect(dialog).toHaveTextContent('replaced by the original demo data');
    expect(resetDemoData).not.toHaveBeenCalled();

    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(resetDemoData).not.toHaveBeenCalled();
    expect(menuButton).toHaveFocus();

    await user.click(menuButton);
    await user.click(await screen.findByRole('menuitem', { name: 'Reset demo data' }));
    await user.click(await screen.findByRole('button', { name: 'Reset demo data' }));
    await waitFor(() => expect(resetDemoData).toHaveBeenCalledTimes(1));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(menuButton).toHaveFocus();
  });
});

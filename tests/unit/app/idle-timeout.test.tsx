import { act, fireEvent, render, screen } from '@testing-library/react';
import { IdleTimeout } from '@/app/shell/idle-timeout';

describe('idle timeout warning', () => {
  it('closes on Escape as “Stay signed in”', () => {
    vi.useFakeTimers();
    const onStay = vi.fn();
    const onExpire = vi.fn();
    render(<IdleTimeout timeoutMinutes={2} onStay={onStay} onExpire={onExpire} />);
    act(() => void vi.advanceTimersByTime(61_000));
    const dialog = screen.getByRole('dialog', { name: 'Are you still there?' });
    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(onStay).toHaveBeenCalledTimes(1);
    act(() => void vi.advanceTimersByTime(1_000));
    expect(screen.queryByRole('dialog', { name: 'Are you still there?' })).not.toBeInTheDocument();
    expect(onExpire).not.toHaveBeenCalled();
  });
});

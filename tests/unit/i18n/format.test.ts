// Dates, times, numbers and shares in the active locale, as issue 17 asks (fr-CA: 2026-12-01, 14 h 05, 1 234,5).
import { changeLanguage } from '@/shared/i18n/i18n';
import { formatDate, formatNumber, formatPercent, formatTime } from '@/shared/labels/format';

const at = (hours: number, minutes: number) => new Date(2026, 11, 1, hours, minutes).toISOString();

describe('formats in the active locale', () => {
  it('writes Canadian French', async () => {
    await changeLanguage('fr');
    expect(formatDate('2026-12-01')).toBe('2026-12-01');
    expect(formatTime(at(14, 5))).toBe('14 h 05');
    // An early hour without a leading zero, as Quebec writes it.
    expect(formatTime(at(5, 25))).toBe('5 h 25');
    expect(formatNumber(1234.5)).toBe('1\u00a0234,5');
    expect(formatPercent(0.45)).toBe('45\u00a0%');
  });

  it('writes Canadian English', async () => {
    await changeLanguage('en');
    expect(formatDate('2026-12-01')).toBe('Dec 1, 2026');
    expect(formatTime(at(5, 25))).toBe('5:25 a.m.');
    expect(formatNumber(1234.5)).toBe('1,234.5');
    expect(formatPercent(0.45)).toBe('45%');
  });
});

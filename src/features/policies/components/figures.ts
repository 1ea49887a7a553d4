// How the module's shares read: a percentage in the active locale, never "0%" for someone who has acknowledged
// (1 of 400 is "<1%") nor "100%" while someone has not (399 of 400 is ">99%").
import { formatPercent } from '@/shared/labels/format';
import { policiesMessages } from '../i18n/messages';

export function sharePercent(part: number, whole: number): string {
  if (whole === 0 || part === 0) return formatPercent(0);
  const share = part / whole;
  if (share < 0.01) return policiesMessages.t('percent.belowOne', { percent: formatPercent(0.01) });
  if (share > 0.99 && part < whole) {
    return policiesMessages.t('percent.aboveNinetyNine', { percent: formatPercent(0.99) });
  }
  return formatPercent(share);
}

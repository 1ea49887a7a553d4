import type { ReactNode } from 'react';
import { I18nProvider } from '@lingui/react';
// The global instance itself, not ./i18n (its catalog loader is the console's alone; the mock imports this too).
import { i18n } from '@lingui/core';

/** Gives every component the active language; components re-render on a switch, nothing remounts. */
export function LanguageProvider({ children }: { children: ReactNode }) {
  return <I18nProvider i18n={i18n}>{children}</I18nProvider>;
}

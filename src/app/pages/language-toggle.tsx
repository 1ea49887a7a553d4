import Button from '@mui/material/Button';
import { LANGUAGES, LOCALES } from '@/shared/i18n/language';
import { useChangeLanguage } from '@/shared/i18n/use-change-language';
import { useMessages, useLocale } from '@/shared/i18n/messages';
import { appMessages } from '../i18n/messages';

/**
 * The other language, named in itself ("Français" on the English page, "English" on the French one), so a
 * person who does not read the current language still finds it. Switching keeps what is typed.
 */
export function LanguageToggle() {
  const t = useMessages(appMessages);
  const locale = useLocale();
  const changeLanguage = useChangeLanguage();
  const other = LANGUAGES.find((language) => LOCALES[language] !== locale) ?? 'en';
  return (
    <Button size="small" lang={LOCALES[other]} onClick={() => void changeLanguage(other)}>
      {t(`language.${other}`)}
    </Button>
  );
}

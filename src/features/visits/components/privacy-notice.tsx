// The privacy notice a visitor reads at check-in, in English or French whatever the desk's own language (Quebec's
// Charter of the French language; a visitor from Toronto at the Montreal desk). The desk's language comes with the
// console's catalogs (the namespace 'visits-notice'); the other language's notice is downloaded when the desk asks
// for it, into a small Lingui instance of its own, so the console's language does not change.
import { useEffect, useState } from 'react';
import { setupI18n, type I18n, type Messages } from '@lingui/core';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import { LANGUAGES, LOCALES, type Language } from '@/shared/i18n/language';
import { useLocale, useMessages } from '@/shared/i18n/messages';
import { LoadingBlock } from '@/shared/ui/loading-block';
import { visitsMessages, visitsNoticeMessages } from '../i18n/messages';

type NoticeKey = Parameters<typeof visitsNoticeMessages.t>[0];

/** The notice's paragraphs, in reading order, after its title. */
const PARAGRAPHS: NoticeKey[] = ['collect', 'purpose', 'retention', 'rights'];

/** Each language's notice catalog, a lazy chunk (compiled at import like every catalog). */
export const NOTICE_CATALOGS: Record<Language, () => Promise<Messages>> = {
  en: async () => (await import('../i18n/notice.en.json')).default as unknown as Messages,
  fr: async () => (await import('../i18n/notice.fr.json')).default as unknown as Messages,
};

const instances = new Map<Language, Promise<I18n>>();

/** A Lingui instance that speaks the notice in this language only, made (and downloaded) on first use. */
export function noticeI18n(language: Language): Promise<I18n> {
  let instance = instances.get(language);
  if (!instance) {
    instance = NOTICE_CATALOGS[language]().then((messages) => {
      const prefixed: Messages = {};
      for (const [key, message] of Object.entries(messages))
        prefixed[visitsNoticeMessages.id(key as NoticeKey)] = message;
      const locale = LOCALES[language];
      return setupI18n({ locale, messages: { [locale]: prefixed } });
    });
    // A failed download (offline for a moment) may be tried again.
    instance.catch(() => instances.delete(language));
    instances.set(language, instance);
  }
  return instance;
}

/** Forgets the instances made so far (tests). */
export function resetNoticeInstances() {
  instances.clear();
}

const languageOf = (locale: string): Language => (locale === LOCALES.fr ? 'fr' : 'en');

/** The notice in the other language: loading, failed (with a retry), or its translate function. */
function useOtherNotice(language: Language | null) {
  const [state, setState] = useState<{ language: Language; i18n?: I18n; failed?: boolean } | undefined>();
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (!language) return;
    let current = true;
    noticeI18n(language).then(
      (i18n) => current && setState({ language, i18n }),
      () => current && setState({ language, failed: true }),
    );
    return () => {
      current = false;
    };
  }, [language, attempt]);
  const matching = language && state?.language === language ? state : undefined;
  return {
    i18n: matching?.i18n,
    failed: Boolean(matching?.failed),
    retry: () => {
      setState(undefined);
      setAttempt((value) => value + 1);
    },
  };
}

export const PRIVACY_NOTICE_TITLE_ID = 'privacy-notice-title';

/** The notice, with a switch between English and French next to it; the text carries its own lang. */
export function PrivacyNotice() {
  const t = useMessages(visitsMessages);
  const inDeskLanguage = useMessages(visitsNoticeMessages);
  const deskLanguage = languageOf(useLocale());
  // Follows the desk's language until the desk picks one for the visitor.
  const [chosen, setChosen] = useState<Language | null>(null);
  const language = chosen ?? deskLanguage;
  const other = useOtherNotice(language === deskLanguage ? null : language);
  const say: ((key: NoticeKey) => string) | undefined =
    language === deskLanguage
      ? (key) => inDeskLanguage(key)
      : other.i18n && ((key) => other.i18n!._(visitsNoticeMessages.id(key)));

  return (
    <Paper
      variant="outlined"
      component="section"
      aria-labelledby={say ? PRIVACY_NOTICE_TITLE_ID : undefined}
      aria-label={say ? undefined : t('field.privacyNotice')}
      sx={{ p: { xs: 2, md: 3 }, mt: 2, maxWidth: 880 }}
    >
      <Box sx={{ display: 'flex', justifyContent: 'flex-end', mb: 1 }}>
        <ToggleButtonGroup
          exclusive
          size="small"
          value={language}
          onChange={(_event, value: Language | null) => value && setChosen(value)}
          aria-label={t('checkIn.noticeLanguage')}
        >
          {LANGUAGES.map((option) => (
            // Each language's name in that language, marked so a screen reader says it right.
            <ToggleButton key={option} value={option} lang={LOCALES[option]} sx={{ textTransform: 'none' }}>
              {t(option === 'en' ? 'language.en' : 'language.fr')}
            </ToggleButton>
          ))}
        </ToggleButtonGroup>
      </Box>
      {say ? (
        <Box lang={LOCALES[language]} data-notice-language={language}>
          <Typography id={PRIVACY_NOTICE_TITLE_ID} variant="h6" component="h2" sx={{ mb: 1 }}>
            {say('title')}
          </Typography>
          {PARAGRAPHS.map((key) => (
            <Typography key={key} variant="body2" sx={{ mb: 1 }}>
              {say(key)}
            </Typography>
          ))}
        </Box>
      ) : other.failed ? (
        <Alert
          severity="error"
          role="alert"
          action={
            <Button color="inherit" size="small" onClick={other.retry}>
              {t('checkIn.noticeRetry')}
            </Button>
          }
        >
          {t('checkIn.noticeFailed')}
        </Alert>
      ) : (
        <LoadingBlock height={160} label={t('checkIn.noticeLoading')} />
      )}
    </Paper>
  );
}

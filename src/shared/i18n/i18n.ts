// The console's one Lingui instance, and its catalogs: one per namespace and language, each a lazy chunk, so
// only the active language's messages are ever downloaded (decision 0021). A namespace is the folder a catalog
// lives in: src/app/i18n (shell, sign-in), src/shared/i18n (the kit) and src/features/<module>/i18n; a module
// may split a part off (features/<module>/i18n/<part>.<language>.json is the namespace <module>-<part>).
import { i18n, type Messages } from '@lingui/core';
import { browserLanguage, isLanguage, LOCALES, type Language } from './language';

const CATALOGS = import.meta.glob<Messages>(
  ['/src/app/i18n/*.json', '/src/shared/i18n/*.json', '/src/features/*/i18n/*.json'],
  { import: 'default' },
);

const CATALOG_PATH = /\/(?:features\/)?([\w-]+)\/i18n\/(?:([\w-]+)\.)?(\w+)\.json$/;

/** namespace -> language -> loader */
const loaders = new Map<string, Partial<Record<Language, () => Promise<Messages>>>>();
for (const [path, load] of Object.entries(CATALOGS)) {
  const [, folder, part, language] = path.match(CATALOG_PATH) ?? [];
  if (!folder || !isLanguage(language)) continue;
  const namespace = part ? `${folder}-${part}` : folder;
  loaders.set(namespace, { ...loaders.get(namespace), [language]: load });
}

/** What the sign-in page needs; the rest loads with the signed-in shell. */
export const STARTUP_NAMESPACES = ['app', 'shared'];

export const ALL_NAMESPACES = [...loaders.keys()];

const loaded = new Map<string, Promise<void>>();
/** Namespaces asked for so far: a language switch loads these in the new language before it shows. */
const wanted = new Set<string>();

function loadNamespace(language: Language, namespace: string): Promise<void> {
  const key = `${language}:${namespace}`;
  let promise = loaded.get(key);
  if (!promise) {
    const load = loaders.get(namespace)?.[language];
    if (!load) throw new Error(`No ${language} catalog for the namespace “${namespace}”.`);
    promise = load().then((messages) => {
      const prefixed: Messages = {};
      for (const [id, message] of Object.entries(messages)) prefixed[`${namespace}.${id}`] = message;
      i18n.load(LOCALES[language], prefixed);
    });
    // A failed download (offline for a moment) may be tried again.
    promise.catch(() => loaded.delete(key));
    loaded.set(key, promise);
  }
  return promise;
}

/** Loads these namespaces in the active language (and remembers them for a later switch). */
export async function loadNamespaces(namespaces: readonly string[], language = activeLanguage()) {
  namespaces.forEach((namespace) => wanted.add(namespace));
  await Promise.all(namespaces.map((namespace) => loadNamespace(language, namespace)));
}

export function activeLanguage(): Language {
  return i18n.locale === LOCALES.fr ? 'fr' : 'en';
}

/** The active locale's tag (en-CA, fr-CA), for Intl. */
export const activeLocale = () => LOCALES[activeLanguage()];

const listeners = new Set<(language: Language) => void>();
/** Told after every switch (the API client's Accept-Language, for one). */
export function onLanguageChange(listener: (language: Language) => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Switches the console's language: the new language's catalogs for every namespace in use load first, so the
 * page changes in one step, without a reload and without unmounting anything (what is typed stays).
 */
export async function changeLanguage(language: Language) {
  await Promise.all([...wanted].map((namespace) => loadNamespace(language, namespace)));
  if (i18n.locale === LOCALES[language]) return;
  i18n.activate(LOCALES[language]);
  document.documentElement.lang = LOCALES[language];
  listeners.forEach((listener) => listener(language));
}

/** Start-up: the browser's language, with what the sign-in page needs. */
export async function startI18n(language: Language = browserLanguage()) {
  await loadNamespaces(STARTUP_NAMESPACES, language);
  i18n.activate(LOCALES[language]);
  document.documentElement.lang = LOCALES[language];
}

export { i18n };

// The mock backend answers its messages in the request's language (Accept-Language), as a real backend would.
// Handlers and the shared schemas write references (`serverMessages.ref`, `<module>Messages.ref`); this says
// them in English or French where the answer leaves: problem documents, notifications, audit summaries.
import { setupI18n, type I18n, type Messages } from '@lingui/core';
import { defineMessages, parseMessageRef } from '@/shared/i18n/messages';
import { acceptedLanguage, LANGUAGES, LOCALES, type Language } from '@/shared/i18n/language';
import { SERVER_CATALOGS } from './catalogs';
import type en from './server.en.json';

/** The mock's own messages (mocks/i18n/server.*.json). */
export const serverMessages = defineMessages<typeof en>('server');

const instances = Object.fromEntries(
  LANGUAGES.map((language) => {
    const messages: Messages = {};
    for (const [namespace, catalogs] of Object.entries(SERVER_CATALOGS)) {
      for (const [key, message] of Object.entries(catalogs[language]))
        messages[`${namespace}.${key}`] = message;
    }
    const instance = setupI18n({ locale: LOCALES[language], messages: { [LOCALES[language]]: messages } });
    return [language, instance];
  }),
) as Record<Language, I18n>;

/** A problem's standard title ('Validation failed') as a reference, so it is said in the request's language. */
export function titleRef(title: string): string {
  // 'Sign-in failed' -> title.signInFailed
  const words = title.split(/[^A-Za-z]+/).filter(Boolean);
  const key = `title.${words.map((word, i) => (i ? word[0]!.toUpperCase() + word.slice(1) : word.toLowerCase())).join('')}`;
  return key in SERVER_CATALOGS.server!.en ? serverMessages.ref(key as keyof typeof en) : title;
}

/** The request's language. */
export const requestLanguage = (request: Request) => acceptedLanguage(request.headers.get('Accept-Language'));

/**
 * A message (a reference or plain text) in this language. Values named in its `$refs` are references too (a
 * field's label, see field-labels.ts), said in the same language; other values, such as a reason someone typed,
 * stay as they are, whatever they look like.
 */
export function say(text: string, language: Language): string {
  const ref = parseMessageRef(text);
  if (!ref) return text;
  const nested = ref.values?.$refs;
  const values = Array.isArray(nested)
    ? Object.fromEntries(
        Object.entries(ref.values!).map(([name, value]) => [
          name,
          nested.includes(name) && typeof value === 'string' ? say(value, language) : value,
        ]),
      )
    : ref.values;
  return instances[language]._(ref.id, values);
}

/** Every string in a JSON value said in this language (a message reference is; plain text stays as it is). */
export function sayAll(value: unknown, language: Language): unknown {
  if (typeof value === 'string') return say(value, language);
  if (Array.isArray(value)) return value.map((item) => sayAll(item, language));
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, sayAll(inner, language)]));
  return value;
}

/** A problem+json answer with its title, detail and field messages in the request's language. */
export async function localizeProblem(request: Request, response: Response): Promise<Response> {
  if (!response.headers.get('Content-Type')?.includes('application/problem+json')) return response;
  const language = requestLanguage(request);
  const body = (await response.clone().json()) as {
    title?: string;
    detail?: string;
    errors?: { field: string; message: string }[];
    current?: unknown;
  };
  const localized = {
    ...body,
    ...(body.title !== undefined && { title: say(body.title, language) }),
    ...(body.detail !== undefined && { detail: say(body.detail, language) }),
    ...(body.errors && { errors: body.errors.map((e) => ({ ...e, message: say(e.message, language) })) }),
    // A 412's record as it is now, with whatever texts the module answers as references.
    ...(body.current !== undefined && { current: sayAll(body.current, language) }),
  };
  const headers = new Headers(response.headers);
  headers.set('Content-Language', LOCALES[language]);
  headers.delete('Content-Length');
  return new Response(JSON.stringify(localized), { status: response.status, headers });
}

// The complaints backend's own messages (mocks/i18n/complaints.*.json, namespace 'server-complaints'), and how
// its answers are said in the request's language. Its messages may hold other references as values (a
// regulator's name, a law, a period) and calendar dates (ISO): `sayDeep` says those too, and writes each date
// the way the reader's locale does, so a stored deadline basis or problem reads whole in English or French.
import { defineMessages, parseMessageRef, type MessageValues } from '@/shared/i18n/messages';
import { LOCALES, type Language } from '@/shared/i18n/language';
import { requestLanguage, say } from './server-messages';
import type en from './complaints.en.json';

export const complaintsServerMessages = defineMessages<typeof en>('server-complaints');

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

// As the console writes a date (shared/labels/format.ts): "Mar 5, 2026" in English, 2026-03-05 in French.
const dateFormats = Object.fromEntries(
  (Object.keys(LOCALES) as Language[]).map((language) => [
    language,
    new Intl.DateTimeFormat(LOCALES[language], {
      dateStyle: language === 'fr' ? 'short' : 'medium',
      timeZone: 'UTC',
    }),
  ]),
) as Record<Language, Intl.DateTimeFormat>;

/** A calendar date as the reader's locale writes it; text that only looks like one (2099-99-99) as it is. */
function formatDay(day: string, language: Language) {
  const date = new Date(`${day}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? day : dateFormats[language].format(date);
}

/** A message (a reference, possibly holding references and dates as values, or plain text) in this language. */
export function sayDeep(text: string, language: Language): string {
  const ref = parseMessageRef(text);
  if (!ref) return text;
  if (!ref.values) return say(text, language);
  const values: MessageValues = {};
  for (const [name, value] of Object.entries(ref.values)) {
    values[name] =
      typeof value !== 'string'
        ? value
        : ISO_DATE.test(value)
          ? formatDay(value, language)
          : sayDeep(value, language);
  }
  return say(`@@${ref.id}${JSON.stringify(values)}`, language);
}

function sayAll(value: unknown, language: Language): unknown {
  if (typeof value === 'string') return value.startsWith('@@') ? sayDeep(value, language) : value;
  if (Array.isArray(value)) return value.map((item) => sayAll(item, language));
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, sayAll(item, language)]));
  return value;
}

/**
 * A JSON answer (a record, a list, a problem) with every reference in it said in the request's language; its
 * status and headers kept.
 */
export async function localizeAnswer(request: Request, response: Response): Promise<Response> {
  if (!response.headers.get('Content-Type')?.includes('json')) return response;
  const language = requestLanguage(request);
  const body = sayAll(await response.clone().json(), language);
  const headers = new Headers(response.headers);
  headers.delete('Content-Length');
  headers.set('Content-Language', LOCALES[language]);
  return new Response(JSON.stringify(body), { status: response.status, headers });
}

// How code names a message: each namespace's catalog (its en.json) types the keys, so a key that does not exist
// is a type error, and every message is ICU MessageFormat (plurals, selects, variables: never concatenation).
import { useMemo, useSyncExternalStore } from 'react';
// The global instance itself, not ./i18n (its catalog loader is the console's alone; the mock imports this too).
import { i18n } from '@lingui/core';

export type MessageValues = Record<string, unknown>;

/** A namespace's messages, typed by its English catalog: `defineMessages<typeof en>('visits')`. */
export interface MessageCatalog<Key extends string> {
  namespace: string;
  /** The message in the active language. Outside React (a schema, an export): read it when it is needed. */
  t: (key: Key, values?: MessageValues) => string;
  /**
   * A message to be translated later, where it is shown: zod schemas (shared with the mock backend) and
   * anything made at module load. `translateMessage` reads it in whatever language is active then.
   */
  ref: (key: Key, values?: MessageValues) => string;
  /** Whether the namespace has this key (labels of values a record may hold). */
  has: (key: string) => key is Key;
  /** The full message id, for Lingui's <Trans id=… components=…> (a message with links or emphasis). */
  id: (key: Key) => string;
}

const REF = /^@@([\w-]+\.[\w.-]+)(\{.*\})?$/s;

export function defineMessages<Catalog extends Record<string, unknown>>(
  namespace: string,
): MessageCatalog<Extract<keyof Catalog, string>> {
  type Key = Extract<keyof Catalog, string>;
  const id = (key: string) => `${namespace}.${key}`;
  return {
    namespace,
    t: (key, values) => i18n._(id(key), values),
    ref: (key, values) => `@@${id(key)}${values ? JSON.stringify(values) : ''}`,
    has: (key): key is Key => id(key) in i18n.messages,
    id,
  };
}

/**
 * A message from wherever it came: a reference (`ref`) is translated now, in the active language; anything else
 * (the server's own message, already in the request's language) is shown as it is.
 */
export function translateMessage(text: string | undefined | null): string {
  if (!text) return '';
  const ref = parseMessageRef(text);
  return ref ? i18n._(ref.id, ref.values) : text;
}

/** The message id and values of a reference made by `ref`; null for plain text. */
export function parseMessageRef(text: string): { id: string; values?: MessageValues } | null {
  const match = text.match(REF);
  if (!match) return null;
  const [, id = '', values] = match;
  return { id, values: values ? (JSON.parse(values) as MessageValues) : undefined };
}

// Bumped on every switch of language and every catalog that loads (Lingui emits "change" for both), so a
// component reading messages renders again. The global instance, not a React context: a component rendered on
// its own (a test, a portal) follows the language as well.
let version = 0;
i18n.on('change', () => void version++);
const subscribe = (listener: () => void) => i18n.on('change', listener);
const useMessagesVersion = () => useSyncExternalStore(subscribe, () => version);

/**
 * The `t` of a namespace for a component: the component renders again when the language changes. Every
 * component that shows text reads it through this hook (or gets it as props from one that does). The function
 * is a new one after each change, so a memo that lists `t` among its dependencies follows the switch.
 */
export function useMessages<Key extends string>(catalog: MessageCatalog<Key>) {
  const current = useMessagesVersion();
  return useMemo(() => {
    void current;
    return (key: Key, values?: MessageValues) => catalog.t(key, values);
  }, [catalog, current]);
}

/** The active language's locale, for a memo that formats (its dependency) or for Intl. */
export function useLocale(): string {
  useMessagesVersion();
  return i18n.locale;
}

import { defineMessages, type MessageValues } from '@/shared/i18n/messages';
import type en from './en.json';

/** This namespace's messages, typed by its English catalog (en.json); fr.json has the same keys. */
export const processorsMessages = defineMessages<typeof en>('processors');

export type ProcessorsKey = Extract<keyof typeof en, string>;
/** The `t` of useMessages(processorsMessages), for helpers that build text in render (columns, filters). */
export type ProcessorsT = (key: ProcessorsKey, values?: MessageValues) => string;

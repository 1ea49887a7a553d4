import { defineMessages } from './messages';
import type en from './en.json';

/** The kit's messages: tables, forms, errors, dialogs, and the shared schemas' validation messages. */
export const sharedMessages = defineMessages<typeof en>('shared');

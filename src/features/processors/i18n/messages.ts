import { defineMessages } from '@/shared/i18n/messages';
import type en from './en.json';

/** This namespace's messages, typed by its English catalog (en.json); fr.json has the same keys. */
export const processorsMessages = defineMessages<typeof en>('processors');

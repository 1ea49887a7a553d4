import { defineMessages } from '@/shared/i18n/messages';
import type en from './en.json';

/** The dashboard's and promises board's messages, typed by the English catalog; fr.json has the same keys. */
export const dashboardMessages = defineMessages<typeof en>('dashboard');

import { defineMessages } from '@/shared/i18n/messages';
import type en from './processors.en.json';

/** The processors mock's own messages (mocks/i18n/processors.*.json): flags, refusals, audit summaries. */
export const serverProcessorsMessages = defineMessages<typeof en>('server-processors');

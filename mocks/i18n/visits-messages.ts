// The visitor log's mock messages (mocks/i18n/visits.*.json, the namespace 'server-visits'): problem details,
// field errors, the host's arrival notification and audit summaries.
import { defineMessages } from '@/shared/i18n/messages';
import type en from './visits.en.json';

export const serverVisitsMessages = defineMessages<typeof en>('server-visits');

// The policies mock's own messages (mocks/i18n/policies.*.json): problem details, field errors, notifications
// and audit summaries, written as references and said in the reader's language (server-messages.ts `say`).
import { defineMessages } from '@/shared/i18n/messages';
import type en from './policies.en.json';

export const policiesServerMessages = defineMessages<typeof en>('server-policies');

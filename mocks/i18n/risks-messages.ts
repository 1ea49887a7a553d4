// The risk register mock's own messages (mocks/i18n/risks.*.json, namespace 'server-risks'): problem details,
// flags, timeline comments and audit summaries, said in the reader's language where the answer leaves.
import { defineMessages } from '@/shared/i18n/messages';
import type en from './risks.en.json';

export const riskServerMessages = defineMessages<typeof en>('server-risks');

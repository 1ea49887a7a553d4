import { defineMessages } from '@/shared/i18n/messages';
import type en from './audit.en.json';

/** The audit packs' mock messages (mocks/i18n/audit.*.json). */
export const serverAuditMessages = defineMessages<typeof en>('server-audit');

import { defineMessages } from '@/shared/i18n/messages';
import type en from './en.json';

/** The audit trail's messages, typed by its English catalog (en.json); fr.json has the same keys. */
export const auditMessages = defineMessages<typeof en>('audit');

import { defineMessages } from '@/shared/i18n/messages';
import type en from './dashboard.en.json';

/** The dashboard's and audit trail's mock messages (mocks/i18n/dashboard.*.json). */
export const serverDashboardMessages = defineMessages<typeof en>('server-dashboard');

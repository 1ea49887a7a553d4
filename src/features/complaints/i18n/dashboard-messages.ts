import { defineMessages } from '@/shared/i18n/messages';
import type en from './dashboard.en.json';

/** The complaints' dashboard card and promises (dashboard.en.json, namespace complaints-dashboard). */
export const complaintsDashboardMessages = defineMessages<typeof en>('complaints-dashboard');

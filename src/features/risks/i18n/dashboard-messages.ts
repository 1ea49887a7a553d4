import { defineMessages } from '@/shared/i18n/messages';
import type en from './dashboard.en.json';

/** The risk register's dashboard card and promise (dashboard.en.json, namespace risks-dashboard). */
export const risksDashboardMessages = defineMessages<typeof en>('risks-dashboard');

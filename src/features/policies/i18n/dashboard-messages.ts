import { defineMessages } from '@/shared/i18n/messages';
import type en from './dashboard.en.json';

/** The policies' dashboard cards and promise (dashboard.en.json, namespace policies-dashboard). */
export const policiesDashboardMessages = defineMessages<typeof en>('policies-dashboard');

import { defineMessages } from '@/shared/i18n/messages';
import type en from './dashboard.en.json';

/** The visitor log's dashboard cards and promise (dashboard.en.json, namespace visits-dashboard). */
export const visitsDashboardMessages = defineMessages<typeof en>('visits-dashboard');

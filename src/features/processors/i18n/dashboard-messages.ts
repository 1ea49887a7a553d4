import { defineMessages } from '@/shared/i18n/messages';
import type en from './dashboard.en.json';

/** The processors' dashboard card and promises (dashboard.en.json, namespace processors-dashboard). */
export const processorsDashboardMessages = defineMessages<typeof en>('processors-dashboard');

import { defineMessages } from '@/shared/i18n/messages';
import type en from './en.json';
import type noticeEn from './notice.en.json';

/** This namespace's messages, typed by its English catalog (en.json); fr.json has the same keys. */
export const visitsMessages = defineMessages<typeof en>('visits');

/**
 * The privacy notice a visitor reads at check-in (notice.<language>.json, the namespace 'visits-notice'): a
 * part of its own, so the desk can show it in the other language too (components/privacy-notice.tsx).
 */
export const visitsNoticeMessages = defineMessages<typeof noticeEn>('visits-notice');

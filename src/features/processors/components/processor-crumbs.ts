import { useMessages } from '@/shared/i18n/messages';
import { useProcessor } from '../api/queries';
import { processorsMessages } from '../i18n/messages';

/** Breadcrumbs of a page under one processor (its contracts, its reviews): the list, then the processor. */
export function useProcessorCrumbs(processorId: string) {
  const t = useMessages(processorsMessages);
  const processor = useProcessor(processorId);
  return [
    { label: t('list.title'), to: '/processors' },
    { label: processor.data?.name ?? t('page.loadingTitle'), to: `/processors/${processorId}` },
  ];
}

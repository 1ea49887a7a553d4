import { useProcessor } from '../api/queries';

/** Breadcrumbs of a page under one processor (its contracts, its reviews): the list, then the processor. */
export function useProcessorCrumbs(processorId: string) {
  const processor = useProcessor(processorId);
  return [
    { label: 'Processors', to: '/processors' },
    { label: processor.data?.name ?? 'Processor', to: `/processors/${processorId}` },
  ];
}

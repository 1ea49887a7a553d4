// The processors register as a record picker's source: any module links processors through this, never through
// the processors feature itself (features never import each other).
import { api, unwrap } from '@/shared/api/client';
import type { components } from '@/shared/api/schema';
import type { RecordSource } from '@/shared/forms/record-picker-field';
import { countryName } from '@/shared/model/countries';
import { sharedMessages } from '@/shared/i18n/shared-messages';

type ProcessorListItem = components['schemas']['ProcessorListItem'];
export type PickedProcessor = Pick<ProcessorListItem, 'id' | 'name' | 'country' | 'status'>;

export const processorSource: RecordSource<PickedProcessor> = {
  key: ['record-picker', 'processors'],
  search: async (q, signal) =>
    unwrap(
      await api.GET('/api/v1/processors', {
        params: { query: { ...(q ? { q } : {}), pageSize: 20, sort: 'name' } },
        signal,
      }),
    ).items,
  byId: async (id, signal) =>
    unwrap(await api.GET('/api/v1/processors/{id}', { params: { path: { id } }, signal })),
  idOf: (processor) => processor.id,
  labelOf: (processor) => processor.name,
  detailOf: (processor) =>
    sharedMessages.t('label.pair', {
      first: countryName(processor.country),
      second: sharedMessages.t(`value.processorStatus.${processor.status}`),
    }),
};

// A record's field as its module labels it (the module's own catalog, `field.<name>`), for the mock's texts that
// name a field: a reference, said in the reader's language wherever the text is read; the field's name when the
// module has no label for it.
import { moduleOfEntityType } from '@/features/audit/model/audit-modules';
import { defineMessages } from '@/shared/i18n/messages';
import { SERVER_CATALOGS } from './catalogs';

export function fieldLabelRef(entityType: string, field: string): string {
  const namespace = moduleOfEntityType(entityType);
  const key = `field.${field}`;
  if (!namespace || !(key in (SERVER_CATALOGS[namespace]?.en ?? {}))) return field;
  return defineMessages<Record<string, string>>(namespace).ref(key);
}

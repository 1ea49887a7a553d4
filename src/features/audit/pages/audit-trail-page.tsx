// The audit trail: every event across modules, filtered by person, module, action and dates, sorted and paged
// by the backend over hundreds of thousands of events, exported as CSV (audited), with the hash chain verified
// for the events shown.
import { useMemo, useState } from 'react';
import { Link as RouterLink } from 'react-router';
import { z } from 'zod';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { isApiError } from '@/shared/api/errors';
import { createDataTableColumnHelper } from '@/shared/data-table/columns';
import type { CsvColumn } from '@/shared/data-table/csv';
import { translateMessage, useMessages } from '@/shared/i18n/messages';
import { formatDateTime } from '@/shared/labels/format';
import { valueLabel, valueOptions } from '@/shared/labels/record-labels';
import { defineFilters } from '@/shared/list/list-filters';
import { ListView } from '@/shared/list/list-view';
import { useListController } from '@/shared/list/use-list-controller';
import { PageHeader } from '@/shared/ui/page-header';
import { auditTrailList, verificationQuery, type AuditTrailEvent } from '../api/audit-trail-list';
import { ChainVerification } from '../components/chain-verification';
import { auditMessages } from '../i18n/messages';
import { AUDIT_ACTIONS, AUDIT_MODULES, recordPath, type AuditModule } from '../model/audit-modules';
import { changeLines, moduleName } from '../model/event-text';
import { AUDIT_LABELS } from '../model/labels';

const col = createDataTableColumnHelper<AuditTrailEvent>();

/** The filter form's own check, so a backwards range is said at the field before anything is asked. */
function filterSchema(message: string) {
  return z
    .object({
      personId: z.string(),
      module: z.string(),
      action: z.string(),
      from: z.string(),
      to: z.string(),
    })
    .superRefine((values, context) => {
      if (values.from && values.to && values.to < values.from)
        context.addIssue({ code: 'custom', path: ['to'], message });
    });
}

export function AuditTrailPage() {
  const t = useMessages(auditMessages);
  const controller = useListController(auditTrailList);
  const { query, state } = controller;
  const [wholeRange, setWholeRange] = useState(false);

  const columns = useMemo(
    () =>
      col.columns([
        col.accessor('at', {
          header: t('field.at'),
          meta: { width: 170 },
          cell: (c) => formatDateTime(c.getValue()),
        }),
        col.accessor((e) => e.actor.name, { id: 'actor', header: t('field.actor'), meta: { width: 160 } }),
        col.accessor('action', {
          header: t('field.action'),
          cell: (c) => valueLabel(AUDIT_LABELS, 'action', c.getValue()),
        }),
        col.accessor('entityType', {
          header: t('field.record'),
          cell: (c) => {
            const e = c.row.original;
            const path = recordPath(e.entityType, e.entityId);
            const name = `${moduleName(e.entityType)} · ${e.entityId}`;
            return path ? (
              <Link component={RouterLink} to={path}>
                {name}
              </Link>
            ) : (
              name
            );
          },
        }),
        col.accessor('summary', {
          header: t('field.summary'),
          enableSorting: false,
          meta: { width: 320 },
          cell: (c) => translateMessage(c.getValue()),
        }),
        col.accessor('changes', {
          header: t('field.changes'),
          enableSorting: false,
          cell: (c) => {
            const lines = changeLines(c.row.original);
            return lines.length ? (
              <ul style={{ margin: 0, paddingLeft: 16 }}>
                {lines.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            ) : null;
          },
        }),
        col.accessor('seq', { header: t('field.seq'), enableSorting: false, meta: { defaultHidden: true } }),
      ]),
    [t],
  );

  const csvColumns = useMemo<CsvColumn<AuditTrailEvent>[]>(
    () => [
      { header: t('field.at'), value: (e) => e.at },
      { header: t('field.actor'), value: (e) => e.actor.name },
      { header: t('field.action'), value: (e) => valueLabel(AUDIT_LABELS, 'action', e.action) },
      { header: t('field.module'), value: (e) => moduleName(e.entityType) },
      { header: t('field.entityType'), value: (e) => e.entityType },
      { header: t('field.record'), value: (e) => e.entityId },
      { header: t('field.summary'), value: (e) => e.summary },
      { header: t('field.changes'), value: (e) => changeLines(e) },
      { header: t('field.seq'), value: (e) => e.seq },
      { header: t('field.hash'), value: (e) => e.hash },
    ],
    [t],
  );

  const filters = useMemo(
    () =>
      defineFilters(auditTrailList, [
        { field: 'personId', kind: 'person', hint: t('trail.personHint') },
        {
          field: 'module',
          kind: 'select',
          allLabel: t('trail.allModules'),
          options: valueOptions(AUDIT_MODULES, AUDIT_LABELS.values!.module as Record<AuditModule, string>),
        },
        {
          field: 'action',
          kind: 'select',
          allLabel: t('trail.allActions'),
          options: valueOptions(AUDIT_ACTIONS, AUDIT_LABELS.values!.action as Record<string, string>),
        },
        { field: 'from', kind: 'date' },
        { field: 'to', kind: 'date' },
      ]),
    [t],
  );
  const schema = useMemo(() => filterSchema(auditMessages.ref('trail.toBeforeFromField')), []);

  // The range shown: from the first to the last place in the chain among the rows on screen; or, asked for,
  // every event the filters select.
  const seqs = (query.data?.items ?? []).map((e) => e.seq ?? 0).filter(Boolean);
  const verification = wholeRange
    ? verificationQuery(state.filters)
    : seqs.length
      ? { fromSeq: Math.min(...seqs), toSeq: Math.max(...seqs) }
      : verificationQuery(state.filters);
  // Filters the backend refused (typed into the address bar) are said at their fields by the list; there is
  // then no range to verify.
  const refusedFilters = isApiError(query.error, 422);

  return (
    <>
      <PageHeader
        title={t('trail.title')}
        actions={
          <Button component={RouterLink} to="/audit/packs" variant="outlined">
            {t('pack.link')}
          </Button>
        }
      />
      <Typography color="text.secondary" sx={{ mb: 2 }}>
        {t('trail.intro')}
      </Typography>
      <Stack spacing={1} sx={{ mb: 2 }}>
        <ChainVerification
          query={verification}
          enabled={query.data !== undefined || (query.isError && !refusedFilters)}
        />
        <div>
          <Button size="small" onClick={() => setWholeRange((whole) => !whole)} aria-pressed={wholeRange}>
            {wholeRange ? t('verify.pageOnly') : t('verify.whole')}
          </Button>
        </div>
      </Stack>
      <ListView
        controller={controller}
        filters={{ filters, schema, labels: AUDIT_LABELS, 'aria-label': t('trail.filtersLabel') }}
        label={t('trail.tableLabel')}
        columns={columns}
        getRowId={(e) => e.id}
        rowLabel={(e) =>
          t('trail.rowLabel', {
            action: valueLabel(AUDIT_LABELS, 'action', e.action),
            actor: e.actor.name,
            at: formatDateTime(e.at),
          })
        }
        errorWhat={t('trail.errorWhat')}
        csv={{ columns: csvColumns, fileName: t('trail.fileName') }}
        emptyState={{ message: t('trail.empty'), filteredMessage: t('trail.emptyFiltered') }}
      />
    </>
  );
}

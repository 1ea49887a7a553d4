// Picks one or more records of another module (processors, policies, ...) from that module's API, so a feature can
// link records without importing the feature that owns them. The form holds only ids; names come from the API
// (each known id resolved once and cached), so a stale name is never saved.
import { useEffect, useMemo, useState } from 'react';
import Autocomplete from '@mui/material/Autocomplete';
import MuiTextField from '@mui/material/TextField';
import { keepPreviousData, useQueries, useQuery } from '@tanstack/react-query';
import { translateMessage, useMessages } from '@/shared/i18n/messages';
import { sharedMessages } from '@/shared/i18n/shared-messages';
import { useField, type BaseFieldProps } from './use-field';

/** Where a picker finds its records: a search and a look-up by id, both against the owning module's API. */
export interface RecordSource<T> {
  /** The query-key prefix of this source's answers, e.g. ['record-picker', 'processors']. */
  key: readonly unknown[];
  /** Up to a page of records matching the text ('' for the first ones in the API's order). */
  search: (q: string, signal: AbortSignal) => Promise<T[]>;
  byId: (id: string, signal: AbortSignal) => Promise<T>;
  idOf: (record: T) => string;
  labelOf: (record: T) => string;
  /** A second line in the options, e.g. a processor's country and status. */
  detailOf?: (record: T) => string;
}

export interface RecordPickerFieldProps<T> extends BaseFieldProps {
  source: RecordSource<T>;
  /** The most records that may be picked; the field says so when reached. */
  max?: number;
  placeholder?: string;
}

const DEBOUNCE_MS = 300;

function useDebounced<T>(value: T, ms: number) {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return debounced;
}

/** The record shown for an id while it loads, or when the API no longer knows it. */
interface Placeholder {
  placeholder: true;
  id: string;
  label: string;
}

export function RecordPickerField<T>({
  name,
  label,
  helperText,
  required,
  disabled,
  fullWidth = true,
  size,
  placeholder,
  source,
  max = 50,
}: RecordPickerFieldProps<T>) {
  const t = useMessages(sharedMessages);
  const { field, id, error } = useField(name);
  const ids: string[] = useMemo(
    () => (Array.isArray(field.value) ? (field.value as string[]) : []),
    [field.value],
  );
  const [input, setInput] = useState('');
  const [open, setOpen] = useState(false);
  const q = useDebounced(input.trim(), DEBOUNCE_MS);
  const search = useQuery({
    queryKey: [...source.key, 'search', q],
    queryFn: ({ signal }) => source.search(q, signal),
    enabled: open,
    staleTime: 60_000,
    placeholderData: keepPreviousData,
  });
  const known = useQueries({
    queries: ids.map((recordId) => ({
      queryKey: [...source.key, 'id', recordId],
      queryFn: ({ signal }: { signal: AbortSignal }) => source.byId(recordId, signal),
      staleTime: 5 * 60_000,
      retry: false,
    })),
  });
  // Stable values per id: Autocomplete resets its typed text whenever its value changes identity.
  const knownRecords = known.map((result) => result.data);
  const knownKey = known.map((result) => `${result.status}:${result.dataUpdatedAt}`).join(',');
  const selected = useMemo(
    () =>
      ids.map(
        (recordId, index): T | Placeholder =>
          knownRecords[index] ?? {
            placeholder: true,
            id: recordId,
            label: known[index]?.isPending ? t('loading') : t('picker.unknownRecord'),
          },
      ),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- knownKey stands for the answers' identity
    [ids, knownKey, t],
  );

  const idOf = (record: T | Placeholder) =>
    (record as Placeholder).placeholder ? (record as Placeholder).id : source.idOf(record as T);
  const labelOf = (record: T | Placeholder) =>
    (record as Placeholder).placeholder ? (record as Placeholder).label : source.labelOf(record as T);
  const full = ids.length >= max;

  return (
    <Autocomplete<T | Placeholder, true, false, false>
      id={id}
      multiple
      open={open}
      onOpen={() => setOpen(true)}
      onClose={() => setOpen(false)}
      value={selected}
      onChange={(_event, chosen) => field.onChange(chosen.map(idOf))}
      inputValue={input}
      onInputChange={(_event, text, reason) => {
        // Choosing an option clears what was typed; keep typing to pick several from one search.
        if (reason !== 'reset') setInput(text);
      }}
      options={full ? [] : (search.data ?? [])}
      // The server filters; filtering again here would hide matches on other fields.
      filterOptions={(items) => items}
      getOptionLabel={labelOf}
      isOptionEqualToValue={(option, current) => idOf(option) === idOf(current)}
      renderOption={(props, record) => {
        const { key, ...rest } = props;
        const detail = (record as Placeholder).placeholder ? undefined : source.detailOf?.(record as T);
        return (
          <li key={key} {...rest}>
            <span>
              {labelOf(record)}
              {detail && (
                <>
                  <br />
                  <small>{detail}</small>
                </>
              )}
            </span>
          </li>
        );
      }}
      loading={search.isFetching}
      loadingText={t('picker.searching')}
      openText={t('action.open')}
      closeText={t('action.close')}
      clearText={t('action.clear')}
      noOptionsText={
        full ? t('picker.atMost', { max }) : search.isError ? t('picker.searchFailed') : t('picker.noMatch')
      }
      disabled={disabled}
      fullWidth={fullWidth}
      size={size}
      onBlur={field.onBlur}
      filterSelectedOptions
      renderInput={(params) => (
        <MuiTextField
          {...params}
          name={field.name}
          label={translateMessage(label)}
          required={required}
          placeholder={translateMessage(placeholder) || undefined}
          slotProps={{
            ...params.slotProps,
            inputLabel: { ...params.slotProps?.inputLabel, shrink: placeholder ? true : undefined },
          }}
          error={Boolean(error)}
          helperText={error ?? (translateMessage(helperText) || undefined)}
          inputRef={field.ref}
        />
      )}
    />
  );
}

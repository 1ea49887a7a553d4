import { useEffect, useMemo, useState } from 'react';
import Autocomplete from '@mui/material/Autocomplete';
import MuiTextField from '@mui/material/TextField';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { translateMessage, useMessages } from '@/shared/i18n/messages';
import { sharedMessages } from '@/shared/i18n/shared-messages';
import { useField, type BaseFieldProps } from './use-field';

/** A record another module keeps, as a picker offers it: its id, its name, and a line about it. */
export interface RecordOption {
  id: string;
  label: string;
  detail?: string;
}

export interface RecordPickerProps extends BaseFieldProps {
  /** Names the search in the query cache, e.g. 'processors'. */
  kind: string;
  /** Records matching the typed text (the server searches; at least two characters). */
  search: (q: string, signal: AbortSignal) => Promise<RecordOption[]>;
  /** The names of records the form holds that no search has shown yet (the links of a record as opened). */
  resolve: (ids: string[], signal: AbortSignal) => Promise<RecordOption[]>;
  /** Said when nothing matches, e.g. 'No processor found'. */
  noneFound: string;
}

const DEBOUNCE_MS = 300;

/**
 * Links to records of another module (the processors a complaint concerns): type a name, choose, and each
 * choice shows as a chip that the keyboard can remove. The form holds the ids only; the names come from the
 * search or from `resolve`, so a feature links another's records without importing it.
 */
export function RecordPicker({
  name,
  label,
  helperText,
  required,
  disabled,
  fullWidth = true,
  size,
  kind,
  search,
  resolve,
  noneFound,
}: RecordPickerProps) {
  const t = useMessages(sharedMessages);
  const { field, id, error } = useField(name);
  const ids: string[] = useMemo(
    () => (Array.isArray(field.value) ? (field.value as string[]) : []),
    [field.value],
  );
  const [input, setInput] = useState('');
  const [q, setQ] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setQ(input.trim()), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [input]);
  const results = useQuery({
    queryKey: ['record-picker', kind, q],
    queryFn: ({ signal }) => search(q, signal),
    enabled: q.length >= 2,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
  // The names of the records chosen here, so a choice keeps its name when the search moves on.
  const [chosenNames, setChosenNames] = useState<ReadonlyMap<string, RecordOption>>(new Map());
  const unknown = ids.filter((recordId) => !chosenNames.has(recordId)).sort();
  const resolved = useQuery({
    queryKey: ['record-picker', kind, 'ids', unknown.join(',')],
    queryFn: ({ signal }) => resolve(unknown, signal),
    enabled: unknown.length > 0,
    staleTime: 5 * 60_000,
  });
  const selected = ids.map(
    (recordId) =>
      chosenNames.get(recordId) ??
      resolved.data?.find((option) => option.id === recordId) ?? {
        id: recordId,
        label: resolved.isPending ? t('loading') : recordId,
      },
  );

  return (
    <Autocomplete<RecordOption, true, false, false>
      multiple
      id={id}
      value={selected}
      onChange={(_event, chosen) => {
        setChosenNames(new Map(chosen.map((option) => [option.id, option])));
        field.onChange(chosen.map((option) => option.id));
      }}
      inputValue={input}
      onInputChange={(_event, text, reason) => {
        // Choosing an option would otherwise put its name in the box.
        if (reason !== 'reset') setInput(text);
      }}
      options={q.length >= 2 ? (results.data ?? []) : []}
      filterOptions={(items) => items}
      filterSelectedOptions
      getOptionLabel={(option) => option.label}
      isOptionEqualToValue={(option, current) => option.id === current.id}
      renderOption={(props, option) => {
        const { key, ...rest } = props;
        return (
          <li key={key} {...rest}>
            <span>
              {option.label}
              {option.detail && (
                <>
                  <br />
                  <small>{option.detail}</small>
                </>
              )}
            </span>
          </li>
        );
      }}
      loading={results.isFetching}
      openText={t('action.open')}
      closeText={t('action.close')}
      clearText={t('action.clear')}
      loadingText={t('loading')}
      noOptionsText={input.trim().length >= 2 ? translateMessage(noneFound) : t('picker.typeTwoLetters')}
      disabled={disabled}
      fullWidth={fullWidth}
      size={size}
      onBlur={field.onBlur}
      renderInput={(params) => (
        <MuiTextField
          {...params}
          name={field.name}
          label={translateMessage(label)}
          required={required}
          error={Boolean(error)}
          helperText={error ?? (translateMessage(helperText) || undefined)}
          inputRef={field.ref}
        />
      )}
    />
  );
}

import { useEffect, useMemo, useState } from 'react';
import Autocomplete from '@mui/material/Autocomplete';
import MuiTextField from '@mui/material/TextField';
import { useQueryClient } from '@tanstack/react-query';
import {
  peopleByIdsQuery,
  usePeopleByIds,
  usePeopleSearch,
  type Person,
} from '@/shared/people/people-queries';
import { translateMessage, useMessages } from '@/shared/i18n/messages';
import { sharedMessages } from '@/shared/i18n/shared-messages';
import { useField, type BaseFieldProps } from './use-field';

export interface PersonFieldProps extends BaseFieldProps {
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

/**
 * Picks a person from the directory. The form holds only the id; the name shown comes from the directory
 * (resolved with ?ids= for a value the form started with), so a stale name is never saved.
 */
export function PersonField({
  name,
  label,
  helperText,
  required,
  disabled,
  fullWidth = true,
  size,
  placeholder,
}: PersonFieldProps) {
  const t = useMessages(sharedMessages);
  const { field, id, error } = useField(name);
  const value: string = typeof field.value === 'string' ? field.value : '';
  const [input, setInput] = useState('');
  const [open, setOpen] = useState(false);
  const q = useDebounced(input, DEBOUNCE_MS);
  const search = usePeopleSearch(open ? q : '');
  const known = usePeopleByIds(value ? [value] : []);
  const person = value ? known.byId.get(value) : undefined;
  const queryClient = useQueryClient();

  // A stable object per person: Autocomplete resets the typed text whenever its value changes identity.
  const selected: Person | null = useMemo(() => {
    if (!value) return null;
    return (
      person ?? {
        id: value,
        name: known.isPending ? t('loading') : value,
        email: '',
        department: '',
        siteId: '',
      }
    );
  }, [value, person, known.isPending, t]);

  const options = search.data?.items ?? [];
  const typedEnough = input.trim().length >= 2;

  return (
    <Autocomplete<Person, false, false, false>
      id={id}
      open={open}
      onOpen={() => setOpen(true)}
      onClose={() => setOpen(false)}
      value={selected}
      onChange={(_event, chosen) => {
        // The directory already told us who this is: seed the ?ids= answer so showing the name asks nothing.
        if (chosen) {
          queryClient.setQueryData(peopleByIdsQuery([chosen.id]).queryKey, {
            items: [chosen],
            total: 1,
            page: 1,
            pageSize: 1,
          });
        }
        field.onChange(chosen?.id ?? '');
      }}
      inputValue={input}
      onInputChange={(_event, text) => setInput(text)}
      options={options}
      // The server filters; filtering again here would hide matches on email.
      filterOptions={(items) => items}
      getOptionLabel={(person) => person.name}
      isOptionEqualToValue={(option, current) => option.id === current.id}
      renderOption={(props, person) => {
        const { key, ...rest } = props;
        return (
          <li key={key} {...rest}>
            <span>
              {person.name}
              <br />
              <small>
                {person.title ? `${person.title}, ` : ''}
                {person.department}
              </small>
            </span>
          </li>
        );
      }}
      loading={search.isFetching}
      openText={t('action.open')}
      closeText={t('action.close')}
      clearText={t('action.clear')}
      loadingText={t('loading')}
      noOptionsText={typedEnough ? t('picker.noOneFound') : t('picker.typeTwoLetters')}
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
          placeholder={translateMessage(placeholder) || undefined}
          // A placeholder shows only while the label sits above the box: with one, the label always does.
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

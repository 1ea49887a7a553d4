import MuiTextField from '@mui/material/TextField';
import MenuItem from '@mui/material/MenuItem';
import { translateMessage } from '@/shared/i18n/messages';
import { useTextFieldBinding, type BaseFieldProps } from './use-field';

export interface SelectOption {
  value: string;
  label: string;
}

export interface SelectFieldProps extends BaseFieldProps {
  options: SelectOption[];
  /** Adds a first option with value '' (e.g. 'Not set'); without it the field starts on '' with no label. */
  emptyLabel?: string;
}

/**
 * A native <select>: light, keyboard-fast, typeahead for free, and its label and description are wired by the
 * browser. Value '' means nothing chosen.
 */
export function SelectField({ options, emptyLabel, ...base }: SelectFieldProps) {
  const { field, id, textField } = useTextFieldBinding(base);
  return (
    <MuiTextField
      select
      {...textField}
      value={field.value ?? ''}
      onChange={(event) => field.onChange(event.target.value)}
      slotProps={{ select: { native: true }, inputLabel: { shrink: true, htmlFor: id } }}
    >
      <option value="" disabled={!emptyLabel}>
        {translateMessage(emptyLabel)}
      </option>
      {options.map((option) => (
        <option key={option.value} value={option.value}>
          {translateMessage(option.label)}
        </option>
      ))}
    </MuiTextField>
  );
}

export type MultiSelectFieldProps = Omit<SelectFieldProps, 'emptyLabel'>;

/** Several choices from a list; the closed field reads as the chosen labels. Value: string[]. */
export function MultiSelectField({ options, ...base }: MultiSelectFieldProps) {
  const { field, textField } = useTextFieldBinding(base);
  const value: string[] = Array.isArray(field.value) ? field.value : [];
  const labelOf = new Map(options.map((option) => [option.value, option.label]));
  return (
    <MuiTextField
      select
      {...textField}
      value={value}
      onChange={(event) => {
        const next = event.target.value as unknown;
        field.onChange(typeof next === 'string' ? next.split(',') : next);
      }}
      slotProps={{
        select: {
          multiple: true,
          renderValue: (selected) =>
            (selected as string[]).map((item) => translateMessage(labelOf.get(item) ?? item)).join(', '),
        },
      }}
    >
      {options.map((option) => (
        <MenuItem key={option.value} value={option.value}>
          {translateMessage(option.label)}
        </MenuItem>
      ))}
    </MuiTextField>
  );
}

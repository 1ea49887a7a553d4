import MuiTextField from '@mui/material/TextField';
import { translateMessage } from '@/shared/i18n/messages';
import { useTextFieldBinding, type BaseFieldProps } from './use-field';

export interface TextFieldProps extends BaseFieldProps {
  type?: 'text' | 'email' | 'tel' | 'url' | 'number' | 'password' | 'search';
  multiline?: boolean;
  minRows?: number;
  autoComplete?: string;
  inputMode?: 'text' | 'email' | 'tel' | 'url' | 'numeric' | 'decimal' | 'search';
  placeholder?: string;
}

/** A text input bound by name; the error replaces the help text and is announced with the field. */
export function TextField({
  type = 'text',
  multiline,
  minRows,
  autoComplete,
  inputMode,
  placeholder,
  ...base
}: TextFieldProps) {
  const { field, textField } = useTextFieldBinding(base);
  return (
    <MuiTextField
      {...textField}
      type={type}
      value={field.value ?? ''}
      onChange={(event) =>
        field.onChange(
          type === 'number' && event.target.value !== '' ? Number(event.target.value) : event.target.value,
        )
      }
      multiline={multiline}
      minRows={minRows}
      autoComplete={autoComplete}
      placeholder={translateMessage(placeholder) || undefined}
      // A placeholder shows only while the label sits above the box: with one, the label always does.
      slotProps={{ htmlInput: { inputMode }, inputLabel: placeholder ? { shrink: true } : undefined }}
    />
  );
}

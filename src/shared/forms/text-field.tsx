import MuiTextField from '@mui/material/TextField';
import { useField, type BaseFieldProps } from './use-field';

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
  name,
  label,
  helperText,
  required,
  disabled,
  fullWidth = true,
  size,
  type = 'text',
  multiline,
  minRows,
  autoComplete,
  inputMode,
  placeholder,
}: TextFieldProps) {
  const { field, id, error } = useField(name);
  return (
    <MuiTextField
      id={id}
      name={field.name}
      label={label}
      type={type}
      value={field.value ?? ''}
      onChange={(event) =>
        field.onChange(
          type === 'number' && event.target.value !== '' ? Number(event.target.value) : event.target.value,
        )
      }
      onBlur={field.onBlur}
      inputRef={field.ref}
      error={Boolean(error)}
      helperText={error ?? helperText}
      required={required}
      disabled={disabled}
      fullWidth={fullWidth}
      size={size}
      multiline={multiline}
      minRows={minRows}
      autoComplete={autoComplete}
      placeholder={placeholder}
      slotProps={{ htmlInput: { inputMode } }}
    />
  );
}

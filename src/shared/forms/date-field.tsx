import MuiTextField from '@mui/material/TextField';
import { useTextFieldBinding, type BaseFieldProps } from './use-field';

// Native date inputs on purpose: no picker bundle, the browser's own keyboard entry, and a value format
// ('YYYY-MM-DD', 'YYYY-MM-DDTHH:mm') that zod can check with a regex.

export interface DateFieldProps extends BaseFieldProps {
  min?: string;
  max?: string;
}

function NativeDateInput({ type, min, max, ...base }: DateFieldProps & { type: 'date' | 'datetime-local' }) {
  const { field, textField } = useTextFieldBinding(base);
  return (
    <MuiTextField
      {...textField}
      type={type}
      value={field.value ?? ''}
      onChange={(event) => field.onChange(event.target.value)}
      slotProps={{ inputLabel: { shrink: true }, htmlInput: { min, max } }}
    />
  );
}

/** A calendar date. Value: 'YYYY-MM-DD' or ''. */
export function DateField(props: DateFieldProps) {
  return <NativeDateInput {...props} type="date" />;
}

/** A local date and time. Value: 'YYYY-MM-DDTHH:mm' or ''; convert with fromDateTimeLocal before sending. */
export function DateTimeField(props: DateFieldProps) {
  return <NativeDateInput {...props} type="datetime-local" />;
}

const pad = (value: number) => String(value).padStart(2, '0');

/** An ISO instant as the value of a datetime-local input, in the browser's time zone. */
export function toDateTimeLocal(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** A datetime-local value (browser's time zone) as an ISO instant; null when empty or not a date. */
export function fromDateTimeLocal(local: string): string | null {
  if (!local) return null;
  const date = new Date(local);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

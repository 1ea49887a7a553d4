import Checkbox from '@mui/material/Checkbox';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import { translateMessage } from '@/shared/i18n/messages';
import { useField, type BaseFieldProps } from './use-field';
import type { SelectOption } from './select-field';

/** One yes/no choice. Value: boolean. */
export function CheckboxField({ name, label, helperText, required, disabled }: BaseFieldProps) {
  const { field, id, helperId, error } = useField(name);
  const described = error || helperText ? helperId : undefined;
  return (
    <FormControl error={Boolean(error)} required={required} disabled={disabled}>
      <FormControlLabel
        label={translateMessage(label)}
        control={
          <Checkbox
            id={id}
            name={field.name}
            checked={Boolean(field.value)}
            onChange={(event) => field.onChange(event.target.checked)}
            onBlur={field.onBlur}
            slotProps={{
              input: {
                ref: field.ref,
                'aria-describedby': described,
                'aria-invalid': error ? true : undefined,
              },
            }}
          />
        }
      />
      {(error || helperText) && (
        <FormHelperText id={helperId}>{error ?? translateMessage(helperText)}</FormHelperText>
      )}
    </FormControl>
  );
}

export interface CheckboxGroupFieldProps extends BaseFieldProps {
  options: SelectOption[];
}

/** Several yes/no choices under one legend. Value: string[] of the checked options' values. */
export function CheckboxGroupField({
  name,
  label,
  helperText,
  required,
  disabled,
  options,
}: CheckboxGroupFieldProps) {
  const { field, id, helperId, error } = useField(name);
  const value: string[] = Array.isArray(field.value) ? field.value : [];
  const described = error || helperText ? helperId : undefined;
  return (
    <FormControl
      component="fieldset"
      error={Boolean(error)}
      required={required}
      disabled={disabled}
      aria-describedby={described}
    >
      <FormLabel component="legend">{translateMessage(label)}</FormLabel>
      <FormGroup>
        {options.map((option, index) => (
          <FormControlLabel
            key={option.value}
            label={translateMessage(option.label)}
            control={
              <Checkbox
                id={index === 0 ? id : undefined}
                name={field.name}
                value={option.value}
                checked={value.includes(option.value)}
                onChange={(event) =>
                  field.onChange(
                    event.target.checked
                      ? [...value, option.value]
                      : value.filter((item) => item !== option.value),
                  )
                }
                onBlur={field.onBlur}
                slotProps={{
                  input: {
                    // The first box takes focus when the group is the first invalid field.
                    ref: index === 0 ? field.ref : undefined,
                    'aria-describedby': described,
                    'aria-invalid': error ? true : undefined,
                  },
                }}
              />
            }
          />
        ))}
      </FormGroup>
      {(error || helperText) && (
        <FormHelperText id={helperId}>{error ?? translateMessage(helperText)}</FormHelperText>
      )}
    </FormControl>
  );
}

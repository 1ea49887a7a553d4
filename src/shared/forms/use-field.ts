import { useId } from 'react';
import { useController, useFormContext } from 'react-hook-form';
import { translateMessage, useLocale } from '@/shared/i18n/messages';

export interface BaseFieldProps {
  /** Dotted path into the form values, e.g. 'visitor.name'. */
  name: string;
  label: string;
  helperText?: string;
  required?: boolean;
  disabled?: boolean;
  fullWidth?: boolean;
  /** 'small' (40 px) in list filters, where several fields share a row; forms use the default. */
  size?: 'small' | 'medium';
}

/**
 * Binds a field to the surrounding form and gives it the ids that tie its label, help and error text together
 * (aria-describedby), so every field component says the same things to assistive technology.
 */
export function useField(name: string) {
  const { control } = useFormContext();
  const controller = useController({ name, control });
  const id = `field-${useId().replace(/:/g, '')}`;
  // A message from a shared schema is a reference, said in the language active now (and again after a switch).
  useLocale();
  const error = translateMessage(controller.fieldState.error?.message) || undefined;
  // MUI's TextField names its helper text `${id}-helper-text`; the other fields follow suit.
  return { ...controller, id, helperId: `${id}-helper-text`, error };
}

/**
 * useField plus the props every field drawn with MUI's TextField passes the same way: its ids, label, state,
 * and the error in place of the help text. A field adds its value, onChange and what is its own.
 */
export function useTextFieldBinding({
  name,
  label,
  helperText,
  required,
  disabled,
  fullWidth = true,
  size,
}: BaseFieldProps) {
  const binding = useField(name);
  const { field, id, error } = binding;
  return {
    ...binding,
    textField: {
      id,
      name: field.name,
      // A label or help text may be a message reference (a declaration at module level).
      label: translateMessage(label),
      onBlur: field.onBlur,
      inputRef: field.ref,
      error: Boolean(error),
      helperText: error ?? (translateMessage(helperText) || undefined),
      required,
      disabled,
      fullWidth,
      size,
    },
  };
}

import type { FieldValues, Resolver, UseFormProps } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { z } from 'zod';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any object schema; the props keep its input/output types
export type AnySchema = z.ZodType<any, any>;

/**
 * react-hook-form's options for every form of the console: the zod schema validates on submit, then on each
 * change; the first field in error gets the focus.
 */
export function formOptions(schema: AnySchema, defaultValues: unknown): UseFormProps<FieldValues> {
  return {
    resolver: zodResolver(schema) as unknown as Resolver<FieldValues>,
    defaultValues: defaultValues as FieldValues,
    mode: 'onSubmit',
    reValidateMode: 'onChange',
    shouldFocusError: true,
  };
}

import type { ReactNode } from 'react';
import { useFieldArray, useFormContext, type FieldValues } from 'react-hook-form';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import FormHelperText from '@mui/material/FormHelperText';
import Typography from '@mui/material/Typography';
import { FormSection } from './form-section';
import { translateMessage, useMessages } from '@/shared/i18n/messages';
import { sharedMessages } from '@/shared/i18n/shared-messages';

export interface RepeatableRowsProps {
  /** The array field's path in the form. */
  name: string;
  title: string;
  /** What one row is called: 'Location' gives the group "Location 2" and "Remove location 2". */
  rowName: string;
  addLabel: string;
  newRow: () => FieldValues;
  max: number;
  /** Rows that must stay: at one, the last row has no Remove. */
  min?: number;
  description?: ReactNode;
  /** Shown while there is no row. */
  emptyText?: string;
  /** One row's fields; `removeButton` goes where the row wants it (null when the row must stay). */
  children: (row: { index: number; removeButton: ReactNode }) => ReactNode;
}

/**
 * A form's repeatable section (locations, sub-processors, actions): each row a named group with its own
 * Remove, an Add button until the limit, and the list's own error ("add at least one") said here, not only
 * in the form's summary.
 */
export function RepeatableRows({
  name,
  title,
  rowName,
  addLabel,
  newRow,
  max,
  min = 0,
  description,
  emptyText,
  children,
}: RepeatableRowsProps) {
  const t = useMessages(sharedMessages);
  const { control, formState } = useFormContext();
  const { fields, append, remove } = useFieldArray({ control, name });
  const listError = formState.errors[name] as { message?: string; root?: { message?: string } } | undefined;
  const listMessage = translateMessage(listError?.message ?? listError?.root?.message) || undefined;
  // The texts may be message references (declared at module level).
  const row = translateMessage(rowName);
  const lowerName = row.charAt(0).toLocaleLowerCase() + row.slice(1);
  return (
    <FormSection title={translateMessage(title)}>
      {description && (
        <Typography variant="body2" color="text.secondary">
          {description}
        </Typography>
      )}
      {fields.length === 0 && emptyText && (
        <Typography variant="body2" color="text.secondary">
          {translateMessage(emptyText)}
        </Typography>
      )}
      {fields.map((field, index) => (
        <Box key={field.id} role="group" aria-label={t('label.row', { row, position: index + 1 })}>
          {children({
            index,
            removeButton:
              fields.length > min ? (
                <Button
                  onClick={() => remove(index)}
                  aria-label={t('rows.removeLabel', { row: lowerName, position: index + 1 })}
                  sx={{ mt: 1 }}
                >
                  {t('rows.remove')}
                </Button>
              ) : null,
          })}
        </Box>
      ))}
      {listMessage && <FormHelperText error>{listMessage}</FormHelperText>}
      {fields.length < max && (
        <Box>
          <Button variant="outlined" onClick={() => append(newRow())}>
            {translateMessage(addLabel)}
          </Button>
        </Box>
      )}
    </FormSection>
  );
}

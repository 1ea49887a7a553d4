import type { FieldErrors } from 'react-hook-form';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import { fieldLabel, NO_LABELS, type RecordLabels } from '@/shared/labels/record-labels';
import { translateMessage, useMessages } from '@/shared/i18n/messages';
import { sharedMessages } from '@/shared/i18n/shared-messages';

export interface FieldProblem {
  /** The field's dotted path; empty for a problem with the form as a whole. */
  name: string;
  message: string;
}

/** Every message in react-hook-form's nested error tree, with its dotted field path, in form order. */
export function flattenErrors(errors: FieldErrors, prefix = ''): FieldProblem[] {
  const found: FieldProblem[] = [];
  for (const [key, value] of Object.entries(errors)) {
    if (!value || key === 'ref') continue;
    const name = prefix ? `${prefix}.${key}` : key;
    if (
      typeof (value as { message?: unknown }).message === 'string' &&
      (value as { message: string }).message
    ) {
      found.push({
        name: name === 'root' ? '' : name.replace(/^root\./, ''),
        message: translateMessage((value as { message: string }).message),
      });
    } else if (typeof value === 'object') {
      found.push(...flattenErrors(value as FieldErrors, name));
    }
  }
  return found;
}

/**
 * The list of problems above a form after a submit that failed: announced (role="alert"), one link per field
 * that moves the focus there.
 */
export function ErrorSummary({
  problems,
  labels = NO_LABELS,
  onFocusField,
}: {
  problems: FieldProblem[];
  labels?: RecordLabels;
  onFocusField: (name: string) => void;
}) {
  const t = useMessages(sharedMessages);
  return (
    <Alert severity="error" role="alert">
      <AlertTitle>{t('errorSummary.title', { count: problems.length })}</AlertTitle>
      <Box component="ul" sx={{ m: 0, pl: 2 }}>
        {problems.map(({ name, message }) => (
          <li key={name || message}>
            {name ? (
              <Link
                component="button"
                type="button"
                color="inherit"
                // WCAG 2.5.8: stacked links need a 24px target each.
                sx={{ minHeight: 24, textAlign: 'left' }}
                onClick={() => onFocusField(name)}
              >
                {fieldLabel(labels, name) !== name
                  ? t('errorSummary.item', { field: fieldLabel(labels, name), message })
                  : message}
              </Link>
            ) : (
              message
            )}
          </li>
        ))}
      </Box>
    </Alert>
  );
}

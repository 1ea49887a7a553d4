import { z } from 'zod';
import { auditMessages } from '../i18n/messages';
import { PACK_MODULES } from './audit-modules';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The pack form's own checks, said at their fields before anything is asked (the mock checks the same). */
export const packFormSchema = z
  .object({
    module: z.union([z.enum(PACK_MODULES), z.literal('')]),
    from: z.string().regex(DATE, auditMessages.ref('pack.dateNeeded')),
    to: z.string().regex(DATE, auditMessages.ref('pack.dateNeeded')),
  })
  .superRefine((values, context) => {
    if (!values.module)
      context.addIssue({ code: 'custom', path: ['module'], message: auditMessages.ref('pack.moduleNeeded') });
    if (DATE.test(values.from) && DATE.test(values.to) && values.to < values.from)
      context.addIssue({
        code: 'custom',
        path: ['to'],
        message: auditMessages.ref('trail.toBeforeFromField'),
      });
  });

export type PackFormValues = z.input<typeof packFormSchema>;

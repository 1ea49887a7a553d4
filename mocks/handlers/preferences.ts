// The signed-in person's preferences: the console's language, kept on their account so it follows them.
import { HttpResponse } from 'msw';
import { z } from 'zod';
import { sharedMessages } from '@/shared/i18n/shared-messages';
import { LANGUAGES } from '@/shared/i18n/language';
import { accounts, notifyWrite } from '../store/db';
import { readBody } from './http';
import { route } from './route';

const preferencesSchema = z.object({
  language: z.enum(LANGUAGES, { error: sharedMessages.ref('validation.language') }),
});

export const preferenceHandlers = [
  route('put', '/preferences', 'signed-in', async ({ caller, request }) => {
    const { language } = await readBody(request, preferencesSchema);
    const account = accounts.get(caller.person.id)!;
    accounts.replace({ ...account, language });
    notifyWrite();
    return HttpResponse.json({ language });
  }),
];

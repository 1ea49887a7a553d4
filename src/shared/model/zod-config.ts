// The page's Content Security Policy has no 'unsafe-eval' (decision 0012), so zod's compiled fast path can never
// run in the console; yet zod probes for it with `new Function('')` as its first object schema is built, and
// the browser reports that probe as a policy violation (Lighthouse's best practices, the DevTools issues) even
// though zod catches the error. Told there is no eval, zod skips the probe. Set before any schema is built:
// every schema is built from ./fields, which imports this first. Only in the page: the mock's worker and Node
// run without the policy and keep the fast path.
import { z } from 'zod';

if (typeof document !== 'undefined') z.config({ jitless: true });

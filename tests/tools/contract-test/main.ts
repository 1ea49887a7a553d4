// `npm run contract:test -- --base-url URL [--email E --password P] [--origin URL]`: checks a backend against
// the contract (see check-contract.ts) and lists every mismatch; exits 1 if there is one. The account defaults
// to the mock's demo privacy officer; a backend team passes a test account of theirs with the most permissions
// (or CONTRACT_TEST_EMAIL and CONTRACT_TEST_PASSWORD, to keep the password out of the shell's history).
import { parseArgs } from 'node:util';
import { checkContract } from './check-contract';

const USAGE = `npm run contract:test -- --base-url URL [options]: checks a backend against the contract
  --base-url URL   the server's origin, e.g. https://privacy-api.example.com (without /api/v1)
  --email E        a test account (default officer@example.com, or CONTRACT_TEST_EMAIL)
  --password P     its password (default demo-password, or CONTRACT_TEST_PASSWORD)
  --origin URL     the console's origin: also checks CORS for it (and against any other)`;

/** Stops with a message and the usage, not a stack trace: a mistyped option is the person's to fix. */
function refuse(message: string): never {
  console.error(`contract:test: ${message}\n\n${USAGE}`);
  process.exit(2);
}

let parsed;
try {
  parsed = parseArgs({
    options: {
      'base-url': { type: 'string' },
      email: { type: 'string', default: process.env.CONTRACT_TEST_EMAIL ?? 'officer@example.com' },
      password: { type: 'string', default: process.env.CONTRACT_TEST_PASSWORD ?? 'demo-password' },
      origin: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
} catch (error) {
  refuse((error as Error).message);
}
const { values } = parsed;
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const baseUrl = values['base-url'];
if (!baseUrl) refuse('--base-url is needed.');
if (!URL.canParse(baseUrl) || !/^https?:$/.test(new URL(baseUrl).protocol))
  refuse(`--base-url ${baseUrl} is not a URL like https://privacy-api.example.com.`);
if (/\/api\/v1\/?$/.test(baseUrl))
  refuse(`--base-url is the server's origin: drop the /api/v1 (${baseUrl.replace(/\/api\/v1\/?$/, '')}).`);
if (!values.origin) console.log('note: no --origin given, so CORS is not checked.');

const report = await checkContract({
  baseUrl,
  email: values.email,
  password: values.password,
  origin: values.origin,
});
for (const note of report.notes) console.log(`note: ${note}`);
for (const mismatch of report.mismatches) console.log(`MISMATCH: ${mismatch}`);
console.log(
  `${report.requests} requests to ${baseUrl}: ${report.mismatches.length} mismatch(es) with the contract`,
);
process.exit(report.mismatches.length ? 1 : 0);

// `npm run contract:test -- --base-url URL [--email E --password P] [--origin URL]`: checks a backend against
// the contract (see check-contract.ts) and lists every mismatch; exits 1 if there is one. The account defaults
// to the mock's demo privacy officer; a backend team passes a test account of theirs with the most permissions
// (or CONTRACT_TEST_EMAIL and CONTRACT_TEST_PASSWORD, to keep the password out of the shell's history).
import { parseArgs } from 'node:util';
import { checkContract } from './check-contract';

const { values } = parseArgs({
  options: {
    'base-url': { type: 'string' },
    email: { type: 'string', default: process.env.CONTRACT_TEST_EMAIL ?? 'officer@example.com' },
    password: { type: 'string', default: process.env.CONTRACT_TEST_PASSWORD ?? 'demo-password' },
    origin: { type: 'string' },
  },
});

if (!values['base-url']) {
  console.error(
    'Usage: npm run contract:test -- --base-url https://backend.example [--email E --password P]',
  );
  process.exit(2);
}

const report = await checkContract({
  baseUrl: values['base-url'],
  email: values.email,
  password: values.password,
  origin: values.origin,
});
for (const note of report.notes) console.log(`note: ${note}`);
for (const mismatch of report.mismatches) console.log(`MISMATCH: ${mismatch}`);
console.log(
  `${report.requests} requests to ${values['base-url']}: ${report.mismatches.length} mismatch(es) with the contract`,
);
process.exit(report.mismatches.length ? 1 : 0);

// The seeded policies' texts (Markdown) and the SHA-256 of each. The seed is synchronous and Web Crypto is not,
// so the hashes are written down here; tests/mock/policies-api.test.ts computes each again and fails if a
// text changes without its hash.

export const SEED_TEXTS = {
  'data-protection-1': `# Data protection policy

## Why this policy exists

We sell kitchen appliances through our websites and our companion app. Customers trust us with their names,
addresses, payment details and how they use our products. This policy says how every employee handles that
personal data.

## What you must do

- Collect only the personal data a task needs.
- Keep customer data in the systems meant for it, never in personal email or on paper.
- Report a suspected breach to the privacy office at once.
`,
  'data-protection-2': `# Data protection policy

## Why this policy exists

We sell kitchen appliances through our websites and our companion app. Customers trust us with their names,
addresses, payment details and how they use our products. This policy says how every employee handles that
personal data.

## What you must do

- Collect only the personal data a task needs, and say why you need it.
- Keep customer data in the systems meant for it, never in personal email, chat or on paper.
- Share personal data with a third party only under a contract the privacy office has approved.
- Report a suspected breach to the privacy office within one hour.

## Your rights as an employee

Your own data is protected the same way. Ask the privacy office for a copy of what we hold about you.
`,
  'data-protection-2.1': `# Data protection policy

## Why this policy exists

We sell kitchen appliances through our websites and our companion app. Customers trust us with their names,
addresses, payment details and how they use our products. This policy says how every employee handles that
personal data.

## What you must do

- Collect only the personal data a task needs, and say why you need it.
- Keep customer data in the systems meant for it, never in personal email, chat or on paper.
- Share personal data with a third party only under a contract the privacy office has approved.
- Report a suspected breach to the privacy office within one hour: privacy@example.com or extension 4242.

## Your rights as an employee

Your own data is protected the same way. Ask the privacy office for a copy of what we hold about you.
`,
  'acceptable-use-1': `# Acceptable use of IT

- Lock your screen when you leave your desk.
- Use only company-approved software.
- Never share your password, not even with IT.
`,
  'acceptable-use-2': `# Acceptable use of IT

## Devices

- Lock your screen when you leave your desk, and set it to lock itself after five minutes.
- Use only company-approved software; ask IT before installing anything.

## Accounts

- Never share your password, not even with IT.
- Turn on multi-factor authentication for every company account.

## Artificial intelligence tools

Do not paste customer data, source code or anything marked confidential into a public AI tool.
`,
  'clean-desk-1': `# Clean desk and screen lock

At our offices and the distribution centre:

1. Clear your desk of papers with personal data at the end of each day.
2. Put printed customer orders in the locked shredding bins, never the recycling.
3. Lock your screen (**Windows key + L**) whenever you step away.
`,
  'retention-1': `# Records retention schedule

| Record | Kept for |
| --- | --- |
| Customer orders and invoices | 7 years |
| Support conversations | 2 years |
| Visitor log entries | 1 year |

Delete or anonymise a record when its period ends. Ask the privacy office before keeping anything longer.
`,
  'breach-1': `# Personal data breach response

1. **Contain**: stop the leak if you safely can.
2. **Report**: tell the privacy office within one hour.
3. **Record**: write down what happened, when, and what data was involved.

The privacy office decides whether to notify regulators (within 72 hours under the GDPR) and the people
affected.
`,
  'privacy-notice-1': `# Customer privacy notice

What we collect through the website and the companion app, why, and for how long.
`,
  'byod-1': `# Bring your own device

Personal phones may read company email through the managed app only.
`,
} as const;

export type SeedTextKey = keyof typeof SEED_TEXTS;

export const SEED_TEXT_HASHES: Record<SeedTextKey, string> = {
  'data-protection-1': '6b45e702734a9096b362534b4deb5ccb91a870f0ee6f0f185beca79145037358',
  'data-protection-2': '4a2747cb27a7fb233f45d3ce2c8e906217c6d053260fc5fedd499d5c37d949c4',
  'data-protection-2.1': '6b4582e0bd87a06faa73790e32d2c287eda293c12d1172ada8181785e7ebf24b',
  'acceptable-use-1': '36ffe8d38588f5c0961675d5da20b97a4d812c4a8f3825551d64562a4277c41d',
  'acceptable-use-2': '084f5a261f3ea45ab0ead4db3dccf18097a438f5ca4168b49ab5f7872ab57e4b',
  'clean-desk-1': '8f684cf398bfab2659b1eeaa828256a9864a6f126b92c2e38b5a416e56a7362d',
  'retention-1': '25689e4275582054a01242d2f6d58aef75259656486aa7d808d898c3a1f6c65f',
  'breach-1': '0b513e28cc97c2ff017616929dd5183247f424d3510f0547a08a1a26f9f10552',
  'privacy-notice-1': '16d664662267df7ff372cb4878334090a8804bcee932d9a6149fd898f206764b',
  'byod-1': 'e3dc991d0a265f57522c40954b7f6c06a91e2f1da4eacb338c46e862e0411bb7',
};

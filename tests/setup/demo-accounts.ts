// The mock's demo accounts (mocks/seed/base.ts), as the tests sign in with them: in Vitest through the API,
// in the browser journeys through the sign-in page.
export const DEMO_ACCOUNTS = {
  officer: { email: 'officer@example.com', name: 'Olivia Ortiz' },
  manager: { email: 'manager@example.com', name: 'Marcus Reid' },
  staff: { email: 'staff@example.com', name: 'Sam Patel' },
  desk: { email: 'desk@example.com', name: 'Dana Kim' },
} as const;
export type DemoRole = keyof typeof DEMO_ACCOUNTS;
export const DEMO_PASSWORD = 'demo-password';

// The `console/layers` rule on made-up files: each zone's allowed and forbidden imports, whatever the tree holds.
import { RuleTester } from 'eslint';
import tseslint from 'typescript-eslint';
import { layers } from '../../../eslint-rules/layers.js';

RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

// No file here exists: the rule reads only paths.
const root = '/repo';
const tester = new RuleTester({ languageOptions: { parser: tseslint.parser } });

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
interface Case {
  file: string;
  imports: string;
}
const valid = ({ file, imports }: Case) => ({
  name: `${file} imports ${imports}`,
  filename: `${root}/${file}`,
  code: `import { x } from '${imports}';\nexport const y = x;`,
  options: [{ root }],
});
const invalid = ({ file, imports }: Case, from: string, to: string) => ({
  ...valid({ file, imports }),
  errors: [{ message: new RegExp(`^${escape(from)} may not import ${escape(to)}: `) }],
});

tester.run('console/layers', layers, {
  valid: [
    // shared imports only shared.
    { file: 'src/shared/forms/text-field.tsx', imports: '@/shared/ui/page-header' },
    { file: 'src/shared/forms/text-field.tsx', imports: '../ui/page-header' },
    // A feature imports itself, its model and shared.
    { file: 'src/features/visits/pages/desk-page.tsx', imports: '../components/visit-status' },
    { file: 'src/features/visits/pages/desk-page.tsx', imports: '@/features/visits/model/schemas' },
    { file: 'src/features/visits/pages/desk-page.tsx', imports: '@/shared/data-table/data-table' },
    // A model imports its own model and shared.
    { file: 'src/features/visits/model/rules.ts', imports: './schemas' },
    { file: 'src/features/visits/model/rules.ts', imports: '@/shared/dates' },
    // The app imports features and shared; main.tsx imports the app and the mock.
    { file: 'src/app/router.tsx', imports: '@/features/visits/routes' },
    { file: 'src/app/router.tsx', imports: '@/shared/auth/session' },
    { file: 'src/main.tsx', imports: './app/render-console' },
    { file: 'src/main.tsx', imports: '@mocks/browser' },
    { file: 'src/main.tsx', imports: '../mocks/browser' },
    // The mock imports itself, shared and a module's model.
    { file: 'mocks/handlers/visits.ts', imports: './http' },
    { file: 'mocks/handlers/visits.ts', imports: '@mocks/store/db' },
    { file: 'mocks/handlers/visits.ts', imports: '@/shared/auth/permissions' },
    { file: 'mocks/handlers/visits.ts', imports: '@/features/visits/model/schemas' },
    { file: 'mocks/store/processors.ts', imports: '../../src/features/processors/model/countries' },
    // Tests import the console, the mock and each other.
    { file: 'tests/unit/visits/desk-page.test.tsx', imports: '@/features/visits/pages/desk-page' },
    { file: 'tests/unit/visits/desk-page.test.tsx', imports: '@/app/router' },
    { file: 'tests/unit/visits/desk-page.test.tsx', imports: '../../../mocks/node' },
    { file: 'tests/unit/visits/desk-page.test.tsx', imports: '@mocks/store/db' },
    { file: 'tests/unit/visits/desk-page.test.tsx', imports: '../../setup/render' },
    { file: 'tests/browser/visits.spec.ts', imports: './fixtures' },
    // Files outside every zone, and packages, are not the rule's business.
    { file: 'vite.config.ts', imports: './mocks/no-cookie-store' },
    { file: 'mocks/handlers/visits.ts', imports: 'msw' },
  ].map(valid),
  invalid: [
    invalid(
      { file: 'src/shared/forms/text-field.tsx', imports: '@/features/visits/model/schemas' },
      'shared',
      'features/visits/model',
    ),
    invalid({ file: 'src/shared/forms/text-field.tsx', imports: '../../app/router' }, 'shared', 'app'),
    invalid({ file: 'src/shared/forms/text-field.tsx', imports: '@mocks/store/db' }, 'shared', 'mocks'),
    invalid(
      { file: 'src/features/visits/pages/desk-page.tsx', imports: '@/features/processors/routes' },
      'features/visits',
      'features/processors',
    ),
    invalid(
      { file: 'src/features/visits/pages/desk-page.tsx', imports: '@/features/processors/model/schemas' },
      'features/visits',
      'features/processors/model',
    ),
    invalid(
      { file: 'src/features/visits/pages/desk-page.tsx', imports: '@/app/router' },
      'features/visits',
      'app',
    ),
    invalid(
      { file: 'src/features/visits/pages/desk-page.tsx', imports: '../../../../mocks/store/db' },
      'features/visits',
      'mocks',
    ),
    invalid(
      { file: 'src/features/visits/model/rules.ts', imports: '../components/visit-status' },
      'features/visits/model',
      'features/visits',
    ),
    invalid(
      { file: 'src/features/visits/model/rules.ts', imports: '@/features/processors/model/schemas' },
      'features/visits/model',
      'features/processors/model',
    ),
    invalid({ file: 'src/app/router.tsx', imports: '@mocks/browser' }, 'app', 'mocks'),
    invalid({ file: 'src/app/router.tsx', imports: '../../tests/setup/render' }, 'app', 'tests'),
    invalid({ file: 'src/main.tsx', imports: '../tests/setup/render' }, 'src/main.tsx', 'tests'),
    invalid(
      { file: 'mocks/handlers/visits.ts', imports: '@/features/visits/pages/desk-page' },
      'mocks',
      'features/visits',
    ),
    invalid(
      { file: 'mocks/handlers/visits.ts', imports: '@/features/visits/components/visit-status' },
      'mocks',
      'features/visits',
    ),
    invalid(
      { file: 'mocks/handlers/visits.ts', imports: '@/features/visits/api/queries' },
      'mocks',
      'features/visits',
    ),
    invalid(
      { file: 'mocks/handlers/visits.ts', imports: '@/features/visits/routes' },
      'mocks',
      'features/visits',
    ),
    invalid(
      { file: 'mocks/handlers/visits.ts', imports: '../../src/features/visits/schemas' },
      'mocks',
      'features/visits',
    ),
    invalid({ file: 'mocks/handlers/visits.ts', imports: '@/app/router' }, 'mocks', 'app'),
    invalid({ file: 'mocks/browser.ts', imports: '../src/main' }, 'mocks', 'src/main.tsx'),
    invalid({ file: 'mocks/handlers/visits.ts', imports: '../../tests/setup/render' }, 'mocks', 'tests'),
  ],
});

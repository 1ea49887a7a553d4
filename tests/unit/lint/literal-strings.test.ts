/// <reference types="node" />
// Text a person sees comes from the catalogs: the lint rule refuses literal text in components, and no
// component of the console has any (so `npm test` fails on one, not only `npm run lint`).
import path from 'node:path';
import { ESLint } from 'eslint';

const root = path.resolve(import.meta.dirname, '../../..');
const RULE = 'i18next/no-literal-string';
const eslint = new ESLint({ cwd: root, ruleFilter: ({ ruleId }) => ruleId === RULE });

async function literalStrings(code: string, file = 'src/app/pages/example-page.tsx') {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  const lines = result!.messages.filter((message) => message.ruleId === RULE).map((message) => message.line);
  return [...new Set(lines)];
}

it('refuses text in JSX and text given to JSX as a label, title or accessible name', async () => {
  const code = [
    'export const Greeting = () => <p>Hello there</p>;',
    'export const Search = () => <input aria-label="Search visitors" />;',
    "export const Answer = ({ on }: { on: boolean }) => <span>{on ? 'Yes' : 'No'}</span>;",
    'export const Company = () => <Field label="Company name" />;',
  ].join('\n');
  expect(await literalStrings(code)).toEqual([1, 2, 3, 4]);
});

it('lets codes through: variants, colours, paths, ids, numbers and punctuation', async () => {
  const code = [
    'export const Actions = () => <Button variant="contained" color="error" size="small" to="/visitors" />;',
    'export const Section = () => <Box component="section" id="main" sx={{ p: 2 }}>{" · "}</Box>;',
    "export const Title = ({ t }: { t: (k: string) => string }) => <p>{t('checkIn.title')}</p>;",
  ].join('\n');
  expect(await literalStrings(code)).toEqual([]);
});

it('finds no literal text in any component of the console', async () => {
  const results = await eslint.lintFiles(['src/**/*.tsx']);
  const found = results.flatMap((result) =>
    result.messages
      .filter((message) => message.ruleId === RULE)
      .map((message) => `${path.relative(root, result.filePath)}:${message.line}`),
  );
  expect(found).toEqual([]);
}, 120_000);

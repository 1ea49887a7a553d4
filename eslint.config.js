import path from 'node:path';
import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const root = path.dirname(new URL(import.meta.url).pathname);

/**
 * Dependencies flow one way: shared -> features -> app. A feature never imports another feature, shared
 * never imports a feature or the app, and src/ reaches mocks/ only from main.tsx's guarded start-up import.
 */
const layers = {
  meta: { type: 'problem', messages: { forbidden: '{{from}} may not import {{to}}: {{why}}' } },
  create(context) {
    const file = path.relative(root, context.filename);
    if (!file.startsWith('src/')) return {};
    const zoneOf = (p) => {
      const m = p.match(/^src\/(app|shared|features\/[^/]+)(\/|$)/);
      if (m) return m[1];
      return p.startsWith('mocks/') ? 'mocks' : null;
    };
    const from = zoneOf(file);
    const check = (node) => {
      const spec = node.source?.value;
      if (typeof spec !== 'string') return;
      let target;
      if (spec.startsWith('@/')) target = 'src/' + spec.slice(2);
      else if (spec.startsWith('@mocks/')) target = 'mocks/' + spec.slice(7);
      else if (spec.startsWith('.'))
        target = path.relative(root, path.resolve(path.dirname(context.filename), spec));
      else return;
      const to = zoneOf(target);
      if (!from || !to || to === from) return;
      let why;
      if (to === 'mocks') why = 'only main.tsx loads the mock backend';
      else if (from === 'shared' && to !== 'shared' && to !== 'mocks')
        why = 'shared code serves every feature';
      else if (from.startsWith('features/') && (to === 'app' || to.startsWith('features/')))
        why = 'features stay independent';
      if (why) context.report({ node, messageId: 'forbidden', data: { from, to, why } });
    };
    return {
      ImportDeclaration: check,
      ImportExpression: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
    };
  },
};

export default tseslint.config(
  {
    ignores: [
      'dist',
      'node_modules',
      'public/mockServiceWorker.js',
      'src/shared/api/schema.d.ts',
      'playwright-report',
      'test-results',
      'bench-results',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks, console: { rules: { layers } } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'console/layers': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Never render HTML from data.',
        },
        {
          selector:
            "MemberExpression[object.name='localStorage'][property.name='setItem'] Literal[value=/token|session|password/i]",
          message: 'No credentials in localStorage.',
        },
      ],
    },
  },
  {
    files: ['tests/**', 'mocks/**', '*.config.ts', 'tests/tools/**'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
  { files: ['**/*.{js,mjs}'], languageOptions: { globals: { ...globals.node } } },
);

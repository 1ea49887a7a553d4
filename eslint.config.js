import path from 'node:path';
import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import i18next from 'eslint-plugin-i18next';
import tseslint from 'typescript-eslint';
import { layers } from './eslint-rules/layers.js';

const root = path.dirname(new URL(import.meta.url).pathname);

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-real-backend',
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
    plugins: { 'react-hooks': reactHooks, 'import-x': importX, console: { rules: { layers } } },
    settings: {
      // no-cycle follows imports through the files it parses with these, resolving the tsconfig's aliases.
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [
        createNodeResolver({
          extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'],
          alias: { '@': [path.join(root, 'src')], '@mocks': [path.join(root, 'mocks')] },
        }),
      ],
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'console/layers': ['error', { root }],
      // A cycle makes module start-up order matter (a value read before its module has run) and ties two
      // layers' files together. Type-only imports vanish from the build, so they do not count.
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
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
    // Every string a person sees comes from a catalog (docs/i18n.md): text in JSX, and string literals given to
    // JSX (a label="…", a {cond ? 'Yes' : 'No'}), except the props that take codes rather than words.
    files: ['src/**/*.tsx'],
    plugins: { i18next },
    rules: {
      'i18next/no-literal-string': [
        'error',
        {
          mode: 'jsx-only',
          message: 'Text a person sees comes from a message catalog (docs/i18n.md).',
          'jsx-attributes': {
            exclude: [
              'className',
              'style',
              'sx',
              'type',
              'key',
              'id',
              'width',
              'height',
              'variant',
              'color',
              'size',
              'component',
              'to',
              'href',
              'edge',
              'align',
              'position',
              'severity',
              'role',
              'name',
              'autoComplete',
              'inputMode',
              'data-\\S+',
              'orientation',
              'direction',
              'justifyContent',
              'alignItems',
              'display',
              'fontSize',
              'spacing',
              'elevation',
              'placement',
              'textColor',
              'indicatorColor',
              'scrollButtons',
              'underline',
              'rel',
              'target',
              'method',
              'lang',
              'dir',
              'htmlFor',
              'labelId',
              'mode',
              'fontWeight',
              'src',
              'aria-(controls|labelledby|describedby|haspopup|live|current|expanded|sort|hidden|owns)',
              'form',
              'pattern',
              'accept',
              'enterKeyHint',
              'scope',
              'headers',
              'loadingPosition',
              'anchor\\w*',
              'transform\\w*',
              'overlap',
              'max',
              'min',
              'step',
              'value',
              'defaultValue',
              'margin',
              'layout',
              'as',
              'field',
              'path',
              'queryKey',
              'end',
              'start',
              'icon\\w*',
              'fill',
              'stroke',
              'viewBox',
              'd',
            ],
          },
          words: {
            // Codes, paths, numbers and punctuation: not words a person reads.
            exclude: ['[^A-Za-z]*', '[a-z][\\w.:/#?=&-]*', '/\\S*', '[A-Z_-]+', '[\\w-]+\\.[a-z]+'],
          },
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

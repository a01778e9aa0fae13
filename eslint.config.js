// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const DATABASE_MODULES = ['drizzle-orm', 'drizzle-orm/*', '@libsql/client', '@libsql/*'];
const THROUGH_STORE = { group: DATABASE_MODULES, message: 'Database access goes through relay/src/store.' };
const NOT_THE_ROOT = { group: ['**/main', '**/main.ts'], message: 'Nothing imports the composition root.' };
const BELOW_HTTP = {
  group: ['**/http/*', '**/http'],
  message: 'Dependencies flow one way: nothing below http imports it.',
};
const SIMULATORS_FROM_DEMO_ONLY = {
  group: ['**/simulators/*', '**/simulators/**'],
  message: 'Only relay/src/demo (loaded by `mlc demo` alone) reaches the simulators.',
};

export default tseslint.config(
  { ignores: ['node_modules/', 'suiteapp/dist/', 'coverage/', 'data/', 'relay/src/store/migrations/'] },
  js.configs.recommended,
  {
    files: ['suiteapp/suitecloud.config.js'],
    languageOptions: { sourceType: 'commonjs', globals: { module: 'writable' } },
  },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      eqeqeq: ['error', 'always', { null: 'ignore' }],
    },
  },
  // Import boundaries (enforced here and by test/lint/import-boundaries.test.ts): the environment is read in config/ alone, the database is reached
  // through store/ alone, and nothing imports the HTTP layer or the composition root.
  {
    files: ['relay/src/**/*.ts', 'relay/src/**/*.tsx'],
    ignores: ['relay/src/config/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[object.name='process'][property.name='env']",
          message: 'Read settings through loadConfig (relay/src/config); process.env is read there alone.',
        },
      ],
    },
  },
  {
    files: ['relay/src/**/*.ts', 'relay/src/**/*.tsx'],
    ignores: ['relay/src/store/**', 'relay/src/demo/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [THROUGH_STORE, NOT_THE_ROOT, SIMULATORS_FROM_DEMO_ONLY],
        },
      ],
    },
  },
  {
    files: ['relay/src/**/*.ts', 'relay/src/**/*.tsx'],
    ignores: ['relay/src/http/**', 'relay/src/app.ts', 'relay/src/main.ts', 'relay/src/cli/**', 'relay/src/demo/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [THROUGH_STORE, BELOW_HTTP, SIMULATORS_FROM_DEMO_ONLY],
        },
      ],
    },
  },
  {
    files: ['relay/src/demo/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [THROUGH_STORE, BELOW_HTTP, NOT_THE_ROOT],
        },
      ],
    },
  },
  {
    files: ['relay/src/store/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/http/*', '**/sync/*'], message: 'store/ depends on nothing above it.' }] },
      ],
    },
  },
  // The simulators stand for the outside systems: they know nothing of the relay (the relay's way to
  // them, relay/src/demo alone, is kept by the patterns above).
  {
    files: ['simulators/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/relay/src/*', '**/relay/src/**'], message: 'The simulators import nothing from the relay.' },
          ],
        },
      ],
    },
  },
  // N/* modules exist only inside NetSuite: entry points and the ns/ adapters may use them, plain logic may not.
  {
    files: ['suiteapp/src/**/*.ts'],
    ignores: ['suiteapp/src/entry/**', 'suiteapp/src/ns/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['N', 'N/*'], message: 'Only suiteapp/src/entry and suiteapp/src/ns import N/* modules.' },
          ],
        },
      ],
    },
  },
);

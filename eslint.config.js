import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import regexp from 'eslint-plugin-regexp';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { rendererStructure } from './eslint/renderer-features.js';

/**
 * The layer rules (docs/architecture.md) are enforced here, not hoped for:
 * - only src/main/electron/**, src/main/index.ts and the preload import 'electron';
 * - src/shared stays pure (no Node, DOM-only libraries or Electron);
 * - the renderer imports only shared code and its own;
 * - SQL lives in repositories: `prepare(`/`exec(` only in a feature's repository.ts and in
 *   src/main/db/** (opening, migrations, whole-file copies).
 */
const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'crypto', 'child_process', 'http', 'net', 'url', 'util'];

/** A member call named prepare or exec, except a regular expression literal's own exec(). */
const sqlCall = "CallExpression[callee.type='MemberExpression'][callee.property.name=/^(prepare|exec)$/]";
export const sqlOutsideRepository = {
  selector: `${sqlCall}:not([callee.object.regex])`,
  message:
    "SQL belongs in a repository: move this statement into this feature's repository.ts as a (db, …args) function.",
};

export default tseslint.config(
  { ignores: ['node_modules', 'out', 'dist', '.electron-native', 'test-results', 'playwright-report'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Every pattern in src/ runs on text someone typed (or a file someone could edit): a pattern
    // that backtracks super-linearly can freeze the main process (issue 7, ReDoS). The recommended
    // set also catches patterns that do not mean what they say.
    files: ['src/**/*.ts', 'src/**/*.tsx', 'src/**/*.js'],
    ...regexp.configs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts', 'src/**/*.tsx', 'src/**/*.js'],
    rules: {
      'regexp/no-super-linear-backtracking': ['error', { report: 'potential' }],
      'regexp/no-super-linear-move': ['error', { report: 'potential' }],
      'regexp/no-misleading-capturing-group': ['error', { reportBacktrackingEnds: true }],
      // Taste, not correctness: `[0-9]` and `[A-Za-z]` read plainly enough.
      'regexp/prefer-d': 'off',
      'regexp/prefer-w': 'off',
      'regexp/use-ignore-case': 'off',
    },
  },
  {
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    ignores: ['src/main/electron/**', 'src/main/index.ts', 'src/preload/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'electron',
              message: 'Only src/main/electron/** and src/main/index.ts may import electron.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/main/**/*.ts'],
    // A large feature may split its SQL by table: `<part>-repository.ts` beside repository.ts.
    ignores: ['src/main/**/repository.ts', 'src/main/**/*-repository.ts', 'src/main/db/**'],
    rules: { 'no-restricted-syntax': ['error', sqlOutsideRepository] },
  },
  {
    files: ['src/shared/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['electron', 'react', 'react-dom'],
          patterns: [
            { group: nodeBuiltins, message: 'src/shared must stay pure: no Node built-ins.' },
            {
              group: ['**/main/**', '**/renderer/**', '**/preload/**'],
              message: 'shared imports only shared.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: ['electron'],
          patterns: [
            { group: nodeBuiltins, message: 'The renderer has no Node.' },
            {
              group: ['**/main/**', '**/preload/**'],
              message: 'The renderer imports only shared code and its own.',
            },
            {
              group: ['better-sqlite3*', '@node-rs/*'],
              message: 'The renderer holds no database and no keys.',
            },
          ],
        },
      ],
    },
  },
  // Renderer structure (issue 8): no imports between features, invalidation declared per channel.
  ...rendererStructure,
  {
    files: ['src/main/harness/bridge.browser.js'],
    languageOptions: { globals: { ...globals.browser } },
  },
);

// ESLint flat config: typescript-eslint's recommended rules over every TypeScript and build
// script in the repository. `npm test` runs it with --max-warnings 0, so a warning is a failure.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      eqeqeq: ['error', 'always'],
      'no-console': 'off',
    },
  },
  {
    files: ['scripts/**/*.mjs', 'bench/**/*.mjs', 'demo/**/*.ts', 'test/**/*.{ts,mjs}', '*.js', '*.ts'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // Callbacks given to page.evaluate, waitForFunction and addInitScript run in the page or the
    // extension's worker, not in Node: there `window`, `document` and `chrome` are the globals.
    files: ['bench/**/*.mjs', 'test/e2e/**/*.ts'],
    languageOptions: { globals: { ...globals.browser, ...globals.webextensions } },
  },
  {
    files: ['extension/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.webextensions } },
  },
);

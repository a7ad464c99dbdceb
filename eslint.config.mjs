// The project's own lint (`npm run lint:eslint`): typescript-eslint with type information over
// every TypeScript source (server/src, client/src with client/tsconfig.json, test, scripts).
// The project service finds each file's nearest tsconfig.json, so there is no list to keep.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'node_modules/**',
      'reports/**',
      '.stryker-tmp/**',
      '.cache/**',
      'bench/.work/**',
      'test/e2e/.artifacts/**',
      // Fixtures are inputs to the tests, not code of ours.
      'test/e2e/fixtures/**',
      'test/fixtures/**',
      // JavaScript is not linted here: the type-checked rules need TypeScript.
      '**/*.js',
      '**/*.mjs',
      '**/*.cjs',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // `_name` marks a parameter kept for its position in a signature.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // `require('./x') as typeof import('./x')` is how this CommonJS code loads a module lazily:
      // the CLI loads only the formatter and the engine parts a run needs, tests load optional
      // tools and built bundles only when they run. An untyped require() is still caught: it
      // is `any`, which the no-unsafe-* rules report in the sources.
      '@typescript-eslint/no-require-imports': 'off',
      // Code here escapes control characters on purpose (engine/escape.ts, the action's
      // summary, tests asserting none is printed): every one in a regular expression is
      // deliberate, and written as an escape.
      'no-control-regex': 'off',
      // A variable assigned once, after the closures that read it are made (lsp/main.ts's guard).
      'prefer-const': ['error', { ignoreReadBeforeAssign: true }],
    },
  },
  {
    files: ['test/**/*.ts'],
    rules: {
      // Tests read what the CLI, the language server and the action print with JSON.parse and
      // assert on it, change parsed configs (`change: (c: any) => ...`), and read the DOM in
      // code that runs in the browser (page.evaluate, where Node's types have no DOM): the
      // value is `any` by design there, and an assertion that reads a missing field fails the
      // test anyway. Typing every report a test reads would add casts, not safety.
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
);

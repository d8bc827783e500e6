// ESLint for the repository: the recommended JavaScript and typescript-eslint rules, without
// type information (fast enough for every run), plus a few choices of this code base.
// Formatting is Prettier's (.prettierrc.json); no rule here is about layout.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  globalIgnores([
    'dist/',
    'out/',
    'scratch/',
    '.vscode-test/',
    '.vscode-test-web/',
    'test/e2e/node_modules/',
    'test/e2e/output/',
    // Generated from rules/*.yaml by scripts/build-rules.ts.
    'src/engine/rules/data.generated.ts',
  ]),
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.node },
    },
    rules: {
      // `_name` marks a parameter or binding that is there for its position; a rest sibling drops keys.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true }],
      // Generators and `for (;;)` loops that end by return are the engine's stepwise runs.
      'no-constant-condition': ['error', { checkLoops: false }],
    },
  },
  {
    // The extension runs in the web worker host too; the e2e helpers run code in the page.
    files: ['src/extension/**', 'test/host/**', 'test/e2e/**'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['test/**'],
    languageOptions: { globals: { ...globals.mocha } },
    // Tests read untyped JSON (the CLI's output, rule data) and poke at it.
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // CommonJS on purpose: .cjs scripts, and mocha's CommonJS core loaded outside the test bundle.
    files: ['**/*.cjs', 'test/host/setup.node.ts'],
    languageOptions: { globals: { ...globals.commonjs } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);

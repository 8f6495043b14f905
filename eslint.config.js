// ESLint flat config: JavaScript and typescript-eslint's type-checked rules for .ts/.js/.mjs,
// eslint-plugin-astro for .astro, and the import rules that keep src/lib a pure domain.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

// Nothing may reach process-wide slots: build-wide state is passed in, never read from a global.
const PROCESS_GLOBAL_IMPORTS = {
  group: ['**/process-global*'],
  message: 'Process-wide slots hide where build state comes from: pass the value in as an argument instead.',
};

// Node modules src/lib may not import, under either spelling, with where the work belongs instead.
const IMPURE_MODULES = [
  ['fs', 'file I/O belongs in src/build/<feature>/'],
  ['fs/promises', 'file I/O belongs in src/build/<feature>/'],
  ['worker_threads', 'worker threads belong in src/build/workers/'],
  ['child_process', 'child processes belong in src/build/<feature>/'],
];

export default defineConfig(
  {
    name: 'dispatch/ignores',
    // Build output, caches, benchmark scratch and test sites are generated or written by editors, not code to lint.
    ignores: ['dist/', 'dist-shards/', 'scratch/', '.astro/', '.cache/', 'coverage/', 'tests/fixtures/**'],
  },
  {
    name: 'dispatch/linter-options',
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    name: 'dispatch/type-information',
    languageOptions: {
      globals: { ...globals.node },
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
  },
  {
    name: 'dispatch/unused',
    rules: {
      // The same convention as tsc's noUnused*: a leading `_` marks a parameter or binding kept on purpose, and
      // `const { dropped: _, ...rest } = x` is how a key is left out of a copy.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    name: 'dispatch/control-characters',
    rules: {
      // Hardening code matches control characters on purpose (those XML and YAML forbid, sentinels set aside while
      // parsing); every such regex here is deliberate, so the rule would only ask for disable comments.
      'no-control-regex': 'off',
    },
  },
  {
    name: 'dispatch/tests',
    files: ['tests/**'],
    rules: {
      // Vitest types its asymmetric matchers (expect.any, expect.stringMatching, ...) as `any` so they fit any slot of
      // an expected value; the other no-unsafe-* rules still catch a read through an untyped value.
      '@typescript-eslint/no-unsafe-assignment': 'off',
    },
  },
  {
    name: 'dispatch/browser',
    // Scripts bundled into pages run in the browser, not Node.
    files: ['src/client/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
  },
  astro.configs['flat/recommended'],
  {
    name: 'dispatch/astro-untyped',
    // .astro files are not part of the TypeScript program (astro check types them), so only untyped rules apply.
    files: ['**/*.astro', '**/*.astro/*.ts', '**/*.astro/*.js'],
    extends: [tseslint.configs.disableTypeChecked],
  },
  {
    name: 'dispatch/no-process-global',
    rules: {
      'no-restricted-imports': ['error', { patterns: [PROCESS_GLOBAL_IMPORTS] }],
    },
  },
  {
    name: 'dispatch/pure-lib',
    // src/lib is the pure domain: no file I/O, threads, processes, Astro modules or build machinery, so it
    // runs the same in tests, workers and pages, and every input it depends on is an argument.
    files: ['src/lib/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: IMPURE_MODULES.flatMap(([module, why]) => [`node:${module}`, module].map((name) => ({ name, message: `src/lib is pure: ${why}.` }))),
          patterns: [
            PROCESS_GLOBAL_IMPORTS,
            { group: ['astro:*'], message: 'src/lib is pure: Astro modules belong in src/pages/, src/data/ or src/integrations/.' },
            {
              group: ['**/build/**', '**/build', '**/data/**', '**/data', '**/pages/**', '**/pages'],
              message: 'src/lib is the domain the build depends on, never the other way round: pass the value in instead.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'process', message: 'src/lib is pure: take settings (environment, cwd, argv) as arguments from the caller.' },
        // Any use of these names is reported, `globalThis.x` and `global.process` included, so no-restricted-properties
        // would only report the same place twice.
        { name: 'globalThis', message: 'src/lib is pure: module state belongs to its caller, not to a global.' },
        { name: 'global', message: 'src/lib is pure: module state belongs to its caller, not to a global.' },
      ],
    },
  },
);
